package cn.liaison.directory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.directory.repository.DeputyRepository;
import io.smallrye.mutiny.Uni;

/**
 * What other features may know of deputies, in values: who a deputy is, which deputy an account
 * speaks for, and where deputies serve. Runs in the caller's session and transaction.
 */
@ApplicationScoped
public class Deputies {

    /** A deputy as other features see one: where they belong, whether they still serve, and their account once bound. */
    public record Ref(Long id, String regionPath, boolean active, Long userId) {
    }

    private final DeputyRepository deputies;

    public Deputies(DeputyRepository deputies) {
        this.deputies = deputies;
    }

    /** The deputy, or null. */
    public Uni<Ref> byId(long id) {
        return deputies.findById(id).map(Deputies::ref);
    }

    /** The deputy the account speaks for, or null. */
    public Uni<Ref> ofUser(long userId) {
        return deputies.findByUser(userId).map(Deputies::ref);
    }

    /** How many of {@code deputyIds} are active and serve {@code stationId}. */
    public Uni<Long> serving(long stationId, List<Long> deputyIds) {
        return deputies.deputiesServing(stationId, deputyIds);
    }

    /** The accounts of those of {@code deputyIds} who bound one, by deputy id. */
    public Uni<Map<Long, Long>> accounts(Collection<Long> deputyIds) {
        return deputyIds.isEmpty() ? Uni.createFrom().item(Map.of()) : deputies.accounts(deputyIds);
    }

    private static Ref ref(Deputy deputy) {
        return deputy == null ? null : new Ref(deputy.id, deputy.regionPath, deputy.active, deputy.userId);
    }

    /** The names of those of {@code ids} that exist, by id. */
    public Uni<Map<Long, String>> names(Collection<Long> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(Map.of())
                : deputies.list("id in ?1", List.copyOf(ids)).map(found -> found.stream().collect(Collectors.toMap(e -> e.id, e -> e.name)));
    }

    /** Every deputy's name, serving or not, by id: few enough to hold while a long list is written. */
    public Uni<Map<Long, String>> allNames() {
        return deputies.listAll().map(all -> all.stream().collect(Collectors.toMap(d -> d.id, d -> d.name)));
    }
}
