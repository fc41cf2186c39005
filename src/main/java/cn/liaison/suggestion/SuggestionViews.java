package cn.liaison.suggestion;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.liaison.opinion.Rating;

/** What the API answers about deputy suggestions. */
public final class SuggestionViews {

    private SuggestionViews() {
    }

    /** A suggestion as its deputies and the staff handling it see it. */
    @Schema(name = "Suggestion")
    public record Detail(
            long id,
            @Schema(description = "2026-第0123号 (闭会第… between sessions), from acceptance (立案) on") String number,
            String title,
            String content,
            SuggestionState state,
            @Schema(description = "The state as staff read it: 已立案") String stateLabel,
            @Schema(description = "The sitting it was raised at (届次/会次); null between sessions (闭会期间)") String sitting,
            Long categoryId,
            Person leadDeputy,
            List<Cosigner> cosigners,
            @Schema(description = "The citizens' opinions it grew from") List<Long> sourceOpinionIds,
            List<Long> photoIds,
            @Schema(description = "Why it was not accepted (不予立案)") String notAcceptedReason,
            @Schema(description = "The leader leading its supervision (领衔督办)") String supervisorName,
            String supervisorTitle,
            @Schema(description = "1, or 2 once an unsatisfied rating sent it back") int round,
            List<Handler> departments,
            List<Answer> answers,
            OffsetDateTime assignedAt,
            @Schema(description = "The departments' deadline for this round") OffsetDateTime dueAt,
            OffsetDateTime extendedAt,
            String extensionReason,
            @Schema(description = "When the missed deadline, or staff, made it supervised (督办); null if not") OffsetDateTime supervisedAt,
            @Schema(description = "The lead department's class of the last answer") ResultClass resultClass,
            Rating rating,
            String ratingReason,
            OffsetDateTime submittedAt,
            OffsetDateTime acceptedAt,
            OffsetDateTime closedAt,
            OffsetDateTime publishedAt,
            @Schema(description = "What the caller may do to it now, from the lifecycle table and the suggestion's own conditions")
            List<SuggestionAction> allowedActions) {
    }

    @Schema(name = "SuggestionPerson")
    public record Person(long id, String name) {
    }

    @Schema(name = "SuggestionCosigner")
    public record Cosigner(long deputyId, String name, @Schema(description = "INVITED, CONFIRMED or DECLINED") String state,
            OffsetDateTime respondedAt) {
    }

    @Schema(name = "SuggestionHandler")
    public record Handler(long departmentId, String name, @Schema(description = "主办 (true) or 协办") boolean lead, String contact,
            @Schema(description = "Whether it answered in the current round") boolean answered) {
    }

    @Schema(name = "SuggestionAnswer")
    public record Answer(long id, long departmentId, String departmentName, int round, ResultClass resultClass, String resultLabel,
            String content, @Schema(description = "Photos of the signed letter") List<Long> attachmentIds, OffsetDateTime answeredAt,
            boolean onTime) {
    }

    @Schema(name = "SuggestionEvent")
    public record Event(int seq, SuggestionEventType type, SuggestionState stateBefore, SuggestionState stateAfter, SuggestionRole actorRole,
            String note, OffsetDateTime createdAt) {
    }

    /** A line of the staff queue or of a deputy's list. */
    @Schema(name = "SuggestionSummary")
    public record Summary(long id, String number, String title, SuggestionState state, String stateLabel, long leadDeputyId,
            String leadDeputyName, String sitting, OffsetDateTime dueAt, @Schema(description = "督办") boolean supervised,
            ResultClass resultClass, Rating rating, int round, OffsetDateTime submittedAt) {
    }

    /** A published suggestion as the public reads it, with personal data taken out of every text. */
    @Schema(name = "PublicSuggestion")
    public record Published(long id, String number, String title, String content, String sitting, String leadDeputyName,
            List<String> cosignerNames, List<PublishedAnswer> answers, ResultClass resultClass, Rating rating, OffsetDateTime closedAt,
            OffsetDateTime publishedAt) {
    }

    @Schema(name = "PublicSuggestionAnswer")
    public record PublishedAnswer(String departmentName, boolean lead, int round, ResultClass resultClass, String resultLabel, String content,
            List<Long> attachmentIds, OffsetDateTime answeredAt) {
    }

    @Schema(name = "PublicSuggestionSummary")
    public record PublishedSummary(long id, String number, String title, String leadDeputyName, ResultClass resultClass,
            OffsetDateTime publishedAt) {
    }

    /** The yearly figures anyone may read: of the suggestions accepted in the year. */
    @Schema(name = "PublicSuggestionFigures")
    public record YearFigures(int year, long accepted, long answered, long classA, long classB, long classC, long answeredOnTime,
            long rated, long satisfied, long basicallySatisfied, long unsatisfied, long closed) {
    }

    /** Staff figures for a period, per department and per lead deputy. */
    @Schema(name = "SuggestionFigures")
    public record StaffFigures(List<DepartmentFigures> departments, List<DeputyFigures> deputies) {
    }

    @Schema(name = "SuggestionDepartmentFigures")
    public record DepartmentFigures(long departmentId, String name, long assigned, long leading, long answered, long classA, long classB,
            long classC, long answeredOnTime, @Schema(description = "answeredOnTime ÷ answered; null with no answer") Double onTimeRate) {
    }

    @Schema(name = "SuggestionDeputyFigures")
    public record DeputyFigures(long deputyId, String name, long submitted, long accepted, long closed, long rated, long satisfied,
            long basicallySatisfied, long unsatisfied,
            @Schema(description = "(satisfied + basicallySatisfied) ÷ rated; null with no rating") Double satisfactionRate) {
    }
}
