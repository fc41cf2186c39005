package cn.liaison.opinion;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.opinion.repository.PublishedOpinions;
import cn.liaison.opinion.repository.search.SimilarOpinions;
import cn.liaison.platform.paging.Page;
import io.smallrye.mutiny.Uni;

/**
 * The opinions the public board shows, asked of the feature that keeps them: published ones only,
 * from their redacted public text; and support (附议) for one.
 */
@ApplicationScoped
public class PublicOpinions {

    private final PublishedOpinions published;
    private final SimilarOpinions similar;

    public PublicOpinions(PublishedOpinions published, SimilarOpinions similar) {
        this.published = published;
        this.similar = similar;
    }

    public Uni<Page<BoardViews.Summary>> list(Long categoryId, Long regionId, Long stationId, BoardViews.Order order, String cursor,
            int limit) {
        return published.list(categoryId, regionId, stationId, order, cursor, limit);
    }

    /** The opinion if published; {@code viewerId} (null when signed out) learns whether they support it. */
    public Uni<BoardViews.Detail> show(long id, Long viewerId) {
        return published.show(id, viewerId);
    }

    /** Published opinions for an open-data feed (Open311), from the same public text as the board. */
    public Uni<List<BoardViews.Feed>> feed(BoardViews.FeedQuery query) {
        return published.feed(query);
    }

    public Uni<BoardViews.Support> support(long userId, long id) {
        return published.support(userId, id);
    }

    /** Published opinions whose public title is like {@code text}, at one station or everywhere. */
    public Uni<List<BoardViews.Similar>> like(String text, Long stationId) {
        return similar.like(text, stationId);
    }
}
