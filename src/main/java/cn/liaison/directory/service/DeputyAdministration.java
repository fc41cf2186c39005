package cn.liaison.directory.service;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;

import cn.liaison.directory.Deputy;
import cn.liaison.directory.DeputyView;
import cn.liaison.directory.Station;
import cn.liaison.directory.repository.DeputyRepository;
import cn.liaison.directory.repository.StationRepository;
import cn.liaison.identity.Caller;
import cn.liaison.media.service.MediaLibrary;
import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.idempotency.Idempotency;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** Staff create and edit the deputies of their region's stations; admins everywhere. */
@ApplicationScoped
public class DeputyAdministration {

    private final DeputyRepository deputies;
    private final StationRepository stations;
    private final Idempotency idempotency;
    private final MediaLibrary media;
    private final DirectoryCache cache;
    private final Clock clock;

    public DeputyAdministration(DeputyRepository deputies, StationRepository stations, Idempotency idempotency,
            MediaLibrary media, DirectoryCache cache, Clock clock) {
        this.deputies = deputies;
        this.stations = stations;
        this.idempotency = idempotency;
        this.media = media;
        this.cache = cache;
        this.clock = clock;
    }

    public Uni<Idempotency.Outcome<DeputyView>> create(Caller caller, String idempotencyKey, @Valid DeputyInput input) {
        return insert(caller, idempotencyKey, input).call(cache::changed);
    }

    @WithTransaction
    Uni<Idempotency.Outcome<DeputyView>> insert(Caller caller, String idempotencyKey, DeputyInput input) {
        return idempotency.once("deputy:" + caller.userId(), idempotencyKey, input, DeputyView.class,
                () -> save(caller, new Deputy(), input));
    }

    public Uni<DeputyView> replace(Caller caller, long id, @Valid DeputyInput input) {
        return update(caller, id, input).call(cache::changed);
    }

    @WithTransaction
    Uni<DeputyView> update(Caller caller, long id, DeputyInput input) {
        return inScope(caller, id).chain(deputy -> save(caller, deputy, input));
    }

    /** The deputy if the caller may administer them; otherwise 404. */
    public Uni<Deputy> inScope(Caller caller, long id) {
        return deputies.findById(id).map(deputy -> {
            if (deputy == null || !caller.mayAdminister(deputy.regionPath)) {
                throw ApiException.notFound();
            }
            return deputy;
        });
    }

    /** Applies the input and places the deputy at its stations, all of which the caller must administer. */
    Uni<DeputyView> save(Caller caller, Deputy deputy, DeputyInput input) {
        Set<Long> stationIds = new LinkedHashSet<>();
        stationIds.add(input.primaryStationId());
        if (input.otherStationIds() != null) {
            stationIds.addAll(input.otherStationIds());
        }
        return media.publish(caller, input.photoId() == null ? List.of() : List.of(input.photoId()), "photoId")
                .chain(() -> stations.list("id in ?1", List.copyOf(stationIds))).chain(found -> {
            Station primary = found.stream().filter(s -> s.id.equals(input.primaryStationId())).findFirst().orElse(null);
            if (primary == null || !caller.mayAdminister(primary.regionPath)) {
                return Uni.createFrom().failure(ApiException.invalidField("primaryStationId", "field.station-unknown"));
            }
            if (found.size() != stationIds.size() || found.stream().anyMatch(s -> !caller.mayAdminister(s.regionPath))) {
                return Uni.createFrom().failure(ApiException.invalidField("otherStationIds", "field.station-unknown"));
            }
            apply(deputy, input, primary);
            Uni<Deputy> saved = deputy.id == null ? deputies.persistAndFlush(deputy) : Uni.createFrom().item(deputy);
            return saved.call(d -> deputies.placeAt(d.id, List.copyOf(stationIds))).map(DeputyAdministration::view);
        });
    }

    private void apply(Deputy deputy, DeputyInput input, Station primary) {
        Instant now = Instant.now(clock);
        if (deputy.createdAt == null) {
            deputy.createdAt = now;
        }
        deputy.name = input.name().strip();
        deputy.gender = input.gender();
        deputy.ethnicity = input.ethnicity();
        deputy.level = input.level();
        deputy.term = input.term();
        deputy.occupation = input.occupation();
        deputy.workUnit = input.workUnit();
        deputy.photoId = input.photoId();
        deputy.biography = input.biography();
        deputy.publicContact = input.publicContact();
        // Absent, the office's number and the active flag stay as they are: a form that does not
        // show them (the console's, which reads the public profile) must not clear them.
        if (input.rosterKey() != null) {
            deputy.rosterKey = input.rosterKey().isBlank() ? null : input.rosterKey();
        }
        deputy.primaryStationId = primary.id;
        deputy.regionPath = primary.regionPath;
        deputy.active = input.active() != null ? input.active() : deputy.id == null || deputy.active;
        deputy.updatedAt = now;
    }

    static DeputyView view(Deputy d) {
        return new DeputyView(d.id, d.name, d.gender, d.level, d.occupation, d.workUnit, d.photoId, d.primaryStationId);
    }
}
