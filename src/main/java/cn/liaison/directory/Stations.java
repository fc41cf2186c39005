package cn.liaison.directory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.directory.repository.StationRepository;
import io.smallrye.mutiny.Uni;

/** What other features may know of a liaison station, in values. Runs in the caller's session and transaction. */
@ApplicationScoped
public class Stations {

    /** A station as other features see one: where it sits in the region tree and whether it is open. */
    public record Ref(Long id, String regionPath, boolean active) {
    }

    private final StationRepository stations;

    public Stations(StationRepository stations) {
        this.stations = stations;
    }

    /** The station, or null. */
    public Uni<Ref> byId(long id) {
        return stations.findById(id).map(s -> s == null ? null : new Ref(s.id, s.regionPath, s.active));
    }

    /** The names of those of {@code ids} that exist, by id. */
    public Uni<Map<Long, String>> names(Collection<Long> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(Map.of())
                : stations.list("id in ?1", List.copyOf(ids)).map(found -> found.stream().collect(Collectors.toMap(e -> e.id, e -> e.name)));
    }

    /** A station as a list of opinions names it: its name and its region. */
    public record Label(String name, Long regionId) {
    }

    /** Every station, open or closed, by id: few enough to hold while a long list is written. */
    public Uni<Map<Long, Label>> labels() {
        return stations.listAll().map(all -> all.stream().collect(Collectors.toMap(s -> s.id, s -> new Label(s.name, s.regionId))));
    }
}
