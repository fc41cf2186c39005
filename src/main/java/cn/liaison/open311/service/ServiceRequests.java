package cn.liaison.open311.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.directory.Stations;
import cn.liaison.open311.GeoReport;
import cn.liaison.opinion.BoardViews;
import cn.liaison.opinion.Catalogue;
import cn.liaison.opinion.CatalogueLookup;
import cn.liaison.opinion.PublicOpinions;
import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.time.ApiTime;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * What Open311 clients read: the categories as services, and the published opinions as service
 * requests. Every text comes from the public board's redacted text (PublicOpinions); nothing here
 * reads an opinion any other way, so what the board does not show, Open311 does not either.
 */
@ApplicationScoped
public class ServiceRequests {

    private final CatalogueLookup catalogue;
    private final PublicOpinions board;
    private final Stations stations;
    private final Clock clock;

    public ServiceRequests(CatalogueLookup catalogue, PublicOpinions board, Stations stations, Clock clock) {
        this.catalogue = catalogue;
        this.board = board;
        this.stations = stations;
        this.clock = clock;
    }

    /** The categories new opinions may name, in their order. */
    public Uni<List<GeoReport.Service>> services() {
        return catalogue.categories(true).map(list -> list.stream()
                .map(c -> new GeoReport.Service(Long.toString(c.id()), c.name(), null, false, "realtime", null, null)).toList());
    }

    @WithSession
    public Uni<List<GeoReport.ServiceRequest>> find(RequestQuery query) {
        return Uni.createFrom().item(() -> query.toFeed(Instant.now(clock))).chain(board::feed).chain(this::asRequests);
    }

    /** One published opinion by its tracking number, as a list of one; anything else is not found. */
    @WithSession
    public Uni<List<GeoReport.ServiceRequest>> one(String serviceRequestId) {
        if (serviceRequestId == null || serviceRequestId.length() > 24) {
            return Uni.createFrom().failure(ApiException.notFound());
        }
        return board.feed(new BoardViews.FeedQuery(List.of(serviceRequestId), null, null, List.of(), Set.of(), 1))
                .chain(this::asRequests)
                .invoke(found -> {
                    if (found.isEmpty()) {
                        throw ApiException.notFound();
                    }
                });
    }

    /** Names the categories and stations of the opinions: in sequence, since they share the session. */
    private Uni<List<GeoReport.ServiceRequest>> asRequests(List<BoardViews.Feed> opinions) {
        if (opinions.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Set<Long> stationIds = opinions.stream().map(BoardViews.Feed::stationId).collect(Collectors.toSet());
        return catalogue.categories(false)
                .map(all -> all.stream().collect(Collectors.toMap(Catalogue.Category::id, Function.identity())))
                .chain(categories -> stations.names(stationIds)
                        .map(stationNames -> opinions.stream().map(o -> request(o, categories, stationNames)).toList()));
    }

    private static GeoReport.ServiceRequest request(BoardViews.Feed o, Map<Long, Catalogue.Category> categories, Map<Long, String> stationNames) {
        Catalogue.Category category = o.categoryId() == null ? null : categories.get(o.categoryId());
        String status = RequestQuery.statusOf(o.state());
        return new GeoReport.ServiceRequest(o.trackingNo(), status,
                o.latestReply() != null ? o.latestReply() : o.state().label(),
                category == null ? null : category.name(), category == null ? null : Long.toString(category.id()),
                o.title() + "\n" + o.content(), o.departmentName() != null ? o.departmentName() : stationNames.get(o.stationId()), null,
                ApiTime.of(o.createdAt()), ApiTime.of(o.updatedAt()),
                "open".equals(status) ? ApiTime.of(o.replyDueAt()) : null,
                null, null, null, o.latitude(), o.longitude(), null);
    }
}
