package cn.liaison.opinion;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.liaison.casework.Visibility;


/** What the API answers about opinions. */
public final class OpinionViews {

    private OpinionViews() {
    }

    /** An opinion as the caller may see it: the phone masked unless it is theirs, review flags for staff only. */
    @Schema(name = "Opinion")
    public record Detail(
            Long id,
            String trackingNo,
            OpinionState state,
            OpinionKind kind,
            Long categoryId,
            String title,
            String content,
            String place,
            Double latitude,
            Double longitude,
            List<Long> photoIds,
            Long stationId,
            Long chosenDeputyId,
            Long deputyId,
            Long departmentId,
            Long mergedIntoId,
            boolean anonymous,
            boolean confidential,
            boolean consentToPublish,
            @Schema(description = "Masked (138****5678) for everyone but the submitter") String phone,
            @Schema(description = "Staff and admins only: sent to manual review") Boolean flagged,
            @Schema(description = "Staff and admins only: why") String flagReasons,
            OffsetDateTime acceptDueAt,
            OffsetDateTime replyDueAt,
            OffsetDateTime repliedAt,
            @Schema(description = "When staff granted the one extension (延期); null if none") OffsetDateTime extendedAt,
            @Schema(description = "When the missed deadline made it supervised (督办); null if not") OffsetDateTime supervisedAt,
            @Schema(description = "When it went on the public board; null if it is not there") OffsetDateTime publishedAt,
            Rating rating,
            OffsetDateTime createdAt,
            List<Reply> replies,
            List<Event> events,
            @Schema(description = "Only in the answer to the submission of a confidential opinion: the 6-digit code for /opinions/lookup") String lookupCode,
            @Schema(description = "What the caller may do to it now, from the lifecycle table and the opinion's own conditions") List<OpinionAction> allowedActions) {
    }

    @Schema(name = "OpinionSummary")
    public record Summary(Long id, String trackingNo, OpinionState state, OpinionKind kind, String title, Long stationId,
            Long deputyId, boolean flagged, @Schema(description = "督办: a deadline was missed") boolean supervised,
            OffsetDateTime dueAt, OffsetDateTime createdAt, Long categoryId,
            @Schema(description = "Staff queue only: why it was sent to review") String flagReasons,
            @Schema(description = "Staff queue only: working days left before dueAt, 0 on its last day, negative once missed")
            Integer workingDaysLeft) {

        public Summary withWorkingDaysLeft(Integer days) {
            return new Summary(id, trackingNo, state, kind, title, stationId, deputyId, flagged, supervised, dueAt, createdAt, categoryId,
                    flagReasons, days);
        }
    }

    @Schema(name = "OpinionReply")
    public record Reply(Long id, ActorRole authorRole, Long departmentId, String content, List<Long> photoIds,
            OffsetDateTime createdAt) {
    }

    @Schema(name = "OpinionEvent")
    public record Event(int seq, EventType type, OpinionState stateBefore, OpinionState stateAfter, ActorRole actorRole,
            String note, @Schema(description = "Photos a citizen added with a follow-up") List<Long> photoIds,
            Visibility visibility, OffsetDateTime createdAt) {
    }

    /** What anyone holding the tracking number and the code of a confidential opinion may see. */
    @Schema(name = "OpinionStatus")
    public record Status(String trackingNo, OpinionState state, String title, OffsetDateTime createdAt, List<Event> events) {
    }

    @Schema(name = "WaitingCounts", description = "What waits for the office in the caller's scope now; each opens the staff queue so filtered")
    public record Waiting(
            @Schema(description = "state=SUBMITTED") long awaitingAcceptance,
            @Schema(description = "overdue=true") long overdue,
            @Schema(description = "supervised=true") long supervised,
            @Schema(description = "dueWithinWorkingDays=Workbench.dueSoonWorkingDays") long dueSoon,
            @Schema(description = "flagged=true (open opinions)") long flagged,
            @Schema(description = "state=REPLIED: answered, the citizen's rating awaited") long awaitingRating) {
    }

    @Schema(name = "Workbench")
    public record Workbench(Waiting waiting, int dueSoonWorkingDays,
            @Schema(description = "The last twelve months, oldest first, from the monthly rollup (a few minutes behind)") List<Month> months) {
    }

    @Schema(name = "WorkbenchMonth", description = "Opinions received in a month, and how many of those were answered")
    public record Month(@Schema(example = "2026-11") String month, long received, long replied) {
    }

    @Schema(name = "PublicationPreview", description = "The opinion as the public board would show it: personal data taken out")
    public record PublicationPreview(String title, String content,
            @Schema(description = "The name shown; null for an anonymous opinion") String author, List<String> replies) {
    }
}
