package cn.liaison.directory;

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
}
