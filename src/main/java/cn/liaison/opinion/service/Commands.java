package cn.liaison.opinion.service;

import java.util.List;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.liaison.opinion.Rating;
import cn.liaison.opinion.RejectReason;

/** The bodies of the workflow actions on an opinion. */
public final class Commands {

    private Commands() {
    }

    public record Accept(@Size(max = 500) String note) {
    }

    public record Reject(@NotNull RejectReason reasonCode, @Schema(description = "Shown to the citizen") @NotBlank @Size(max = 500) String note) {
    }

    public record Merge(@NotNull Long primaryId, @Size(max = 500) String note) {
    }

    public record Assign(@NotNull Long deputyId, @Size(max = 500) String note) {
    }

    public record Transfer(@NotNull Long departmentId, @Size(max = 500) String note) {
    }

    public record Reply(@NotBlank @Size(max = 5000) String content, @Size(max = 9) List<@NotNull Long> photoIds,
            @Schema(description = "Staff entering a department's answer name the department") Long departmentId) {
    }

    public record FollowUp(@NotBlank @Size(min = 2, max = 2000) String content,
            @Schema(description = "The citizen's own uploads, at most 9") @Size(max = 9) List<@NotNull Long> photoIds) {
    }

    public record Withdraw(@Size(max = 500) String note) {
    }

    public record RatingInput(@NotNull Rating rating, @Schema(description = "Required for UNSATISFIED") @Size(max = 500) String reason) {
    }

    public record Note(@NotBlank @Size(max = 2000) String note) {
    }

    public record ClearFlag(@Size(max = 500) String note) {
    }

    /** A confidential opinion's new lookup code, shown once to the staff member who tells the citizen. */
    public record LookupCode(String lookupCode) {
    }

    public record RevealedPhone(String phone) {
    }

    public record Extend(@NotNull @Min(1) Integer workingDays,
            @Schema(description = "Shown to the citizen") @NotBlank @Size(max = 500) String reason) {
    }

    public record Publish(@Size(max = 500) String note) {
    }
}
