package cn.liaison.deadline;

import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The time limits of SPEC §3 as they apply now, in working days (the rating period in calendar days). */
@Schema(name = "TimeLimits")
public record TimeLimits(
        @Schema(description = "Working days staff have to accept or reject a new opinion") @NotNull @Min(1) @Max(30) Integer acceptWithin,
        @Schema(description = "Working days from acceptance to the reply, unless replyWithinByKind names the kind") @NotNull @Min(1) @Max(60) Integer replyWithin,
        @Schema(description = "Working days to reply by opinion kind (CONSULTATION: 5)") @NotNull @Size(max = 10)
        Map<@NotNull OpinionKindName, @NotNull @Min(1) @Max(60) Integer> replyWithinByKind,
        @Schema(description = "Longest extension staff may grant, once, in working days") @NotNull @Min(1) @Max(60) Integer longestExtension,
        @Schema(description = "Working days past a missed deadline after which it is supervised (督办)") @NotNull @Min(0) @Max(30) Integer superviseAfter,
        @Schema(description = "Days a citizen may rate a reply before the opinion closes by itself") @NotNull @Min(1) @Max(60) Integer ratingPeriodDays) {

    /** The kinds of opinion a reply limit may name; the deadline feature knows them by name only. */
    public enum OpinionKindName {
        SUGGESTION, REQUEST, CONSULTATION, COMPLAINT, OTHER
    }

    /** The reply limit for a kind of opinion, by its name. */
    public int replyWithin(String kind) {
        return replyWithinByKind.entrySet().stream().filter(e -> e.getKey().name().equals(kind)).map(Map.Entry::getValue).findFirst()
                .orElse(replyWithin);
    }
}
