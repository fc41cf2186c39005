package cn.liaison.directory.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;

import cn.liaison.directory.Station;
import cn.liaison.directory.StationView;
import cn.liaison.directory.repository.StationRepository;
import cn.liaison.identity.Caller;
import cn.liaison.media.service.MediaLibrary;
import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.error.ErrorCode;
import cn.liaison.platform.idempotency.Idempotency;
import cn.liaison.platform.time.ApiTime;
import cn.liaison.region.RegionRef;
import cn.liaison.region.Regions;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** Staff create and keep current the stations of their region; admins everywhere. */
@ApplicationScoped
public class StationAdministration {

    private final StationRepository stations;
    private final Regions regions;
    private final Idempotency idempotency;
    private final MediaLibrary media;
    private final DirectoryCache cache;
    private final Clock clock;

    public StationAdministration(StationRepository stations, Regions regions, Idempotency idempotency,
            MediaLibrary media, DirectoryCache cache, Clock clock) {
        this.stations = stations;
        this.regions = regions;
        this.idempotency = idempotency;
        this.media = media;
        this.cache = cache;
        this.clock = clock;
    }

    public Uni<Idempotency.Outcome<StationView>> create(Caller caller, String idempotencyKey, @Valid StationInput input) {
        return insert(caller, idempotencyKey, input).call(cache::changed);
    }

    @WithTransaction
    Uni<Idempotency.Outcome<StationView>> insert(Caller caller, String idempotencyKey, StationInput input) {
        return idempotency.once("station:" + caller.userId(), idempotencyKey, input, StationView.class,
                () -> regionInScope(caller, input.regionId())
                        .call(() -> media.publish(caller, input.photoIds(), "photoIds"))
                        .chain(region -> {
                    Station station = new Station();
                    station.createdAt = Instant.now(clock);
                    apply(station, input, region);
                    return stations.persistAndFlush(station).map(StationAdministration::view);
                }));
    }

    public Uni<StationView> replace(Caller caller, long id, @Valid StationInput input) {
        return update(caller, id, input).call(cache::changed);
    }

    @WithTransaction
    Uni<StationView> update(Caller caller, long id, StationInput input) {
        return inScope(caller, id).chain(station -> regionInScope(caller, input.regionId())
                .call(() -> media.publish(caller, input.photoIds(), "photoIds"))
                .map(region -> {
            apply(station, input, region);
            return view(station);
        }));
    }

    /** The station if the caller may administer it; otherwise 404, so that ids cannot be probed. */
    public Uni<Station> inScope(Caller caller, long id) {
        return stations.findById(id).map(station -> {
            if (station == null || !caller.mayAdminister(station.regionPath)) {
                throw ApiException.notFound();
            }
            return station;
        });
    }

    private Uni<RegionRef> regionInScope(Caller caller, long regionId) {
        return regions.byId(regionId).map(region -> {
            if (region == null || !caller.mayAdminister(region.path())) {
                throw new ApiException(ErrorCode.UNKNOWN_REGION);
            }
            return region;
        });
    }

    private void apply(Station station, StationInput input, RegionRef region) {
        station.regionId = region.id();
        station.regionPath = region.path();
        station.level = input.level();
        station.name = input.name().strip();
        station.address = input.address();
        station.latitude = input.latitude();
        station.longitude = input.longitude();
        station.openingHours = input.openingHours();
        station.phone = input.phone();
        station.introduction = input.introduction();
        station.rules = input.rules();
        station.photoIds = input.photoIds() == null ? List.of() : List.copyOf(input.photoIds());
        station.active = input.active() == null || input.active();
        station.updatedAt = Instant.now(clock);
        station.infoUpdatedAt = station.updatedAt;
    }

    static StationView view(Station s) {
        return new StationView(s.id, s.regionId, s.level, s.name, s.address, s.latitude, s.longitude, s.openingHours,
                s.phone, s.photoIds, s.active, ApiTime.of(s.infoUpdatedAt), null);
    }
}
