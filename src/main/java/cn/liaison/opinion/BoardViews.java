package cn.liaison.opinion;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;


/** What the public board shows: only published text, with personal data removed. */
public final class BoardViews {

    private BoardViews() {
    }

    /** How the board's list is ordered. */
    public enum Order {
        NEWEST, MOST_SUPPORTED
    }

    @Schema(name = "PublicOpinionSummary")
    public record Summary(Long id, String trackingNo, String title, OpinionKind kind, Long categoryId, Long stationId,
            OpinionState state, int supportCount, OffsetDateTime publishedAt) {
    }

    @Schema(name = "PublicOpinion")
    public record Detail(Long id, String trackingNo, String title, String content, OpinionKind kind, Long categoryId,
            Long stationId, OpinionState state,
            @Schema(description = "The submitter's name if they chose to show it; null for anonymous opinions") String author,
            int supportCount, @Schema(description = "Whether the signed-in caller supports it") boolean supportedByMe,
            OffsetDateTime createdAt, OffsetDateTime publishedAt, List<OpinionViews.Reply> replies, List<OpinionViews.Event> events) {
    }

    @Schema(name = "Support")
    public record Support(Long opinionId, int supportCount, boolean supportedByMe) {
    }

    /** An opinion like the one being written: published (support it) or still open. */
    @Schema(name = "SimilarOpinion")
    public record Similar(Long id, String trackingNo, String title, OpinionState state,
            @Schema(description = "Whether it is on the public board, where it can be supported") boolean published,
            int supportCount, double similarity) {
    }

    /**
     * A published opinion as an open-data feed (Open311) shows it: its public text, its latest public
     * answer, and where it is only to about 100 m (coordinates rounded to three decimals here, so
     * that the precise point never leaves this feature).
     */
    public record Feed(Long id, String trackingNo, String title, String content, Long categoryId, Long stationId,
            String departmentName, OpinionState state, Double latitude, Double longitude, String latestReply,
            Instant createdAt, Instant updatedAt, Instant replyDueAt) {
    }

    /**
     * Which published opinions a feed asks for: by tracking number (then nothing else filters), or
     * submitted within {@code [from, to]}, of some categories and states (empty: any), newest first.
     */
    public record FeedQuery(List<String> trackingNos, Instant from, Instant to, List<Long> categoryIds, Set<OpinionState> states,
            int limit) {
    }
}
