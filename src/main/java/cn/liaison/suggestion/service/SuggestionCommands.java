package cn.liaison.suggestion.service;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.liaison.opinion.Rating;
import cn.liaison.suggestion.ResultClass;

/** The bodies of the actions on a deputy suggestion. */
public final class SuggestionCommands {

    private SuggestionCommands() {
    }

    /** A draft as the lead deputy writes it; each save replaces what the draft says. */
    @Schema(name = "SuggestionInput")
    public record Draft(
            @NotBlank @Size(min = 5, max = 60) String title,
            @Schema(description = "The reasoning and the proposals") @NotBlank @Size(min = 20, max = 10000) String content,
            @Schema(description = "The sitting it is raised at (届次/会次, e.g. 十九届三次会议); empty between sessions (闭会期间)")
            @Size(max = 40) String sitting,
            Long categoryId,
            @Schema(description = "Citizens' opinions assigned to the lead deputy that it grew from") @Size(max = 50) List<@NotNull Long> opinionIds,
            @Schema(description = "Deputies asked to co-sign (联名); each confirms") @Size(max = 30) List<@NotNull Long> cosignerIds,
            @Size(max = 9) List<@NotNull Long> photoIds) {
    }

    @Schema(name = "SuggestionAcceptInput")
    public record Accept(@Size(max = 500) String note) {
    }

    @Schema(name = "SuggestionNotAcceptInput")
    public record NotAccept(@Schema(description = "Shown to the deputy") @NotBlank @Size(max = 500) String reason) {
    }

    @Schema(name = "SuggestionAssignInput")
    public record Assign(
            @Schema(description = "The lead department (主办)") @NotNull Long leadDepartmentId,
            @Schema(description = "Assisting departments (协办)") @Size(max = 20) List<@NotNull Long> assistingDepartmentIds,
            @Schema(description = "The leader who leads its supervision (领衔督办)") @Size(max = 32) String supervisorName,
            @Size(max = 64) String supervisorTitle,
            @Size(max = 500) String note) {
    }

    /** A department's written answer as staff record it from its letter. */
    @Schema(name = "SuggestionAnswerInput")
    public record Answer(@NotNull Long departmentId, @NotNull ResultClass resultClass, @NotBlank @Size(max = 10000) String content,
            @Schema(description = "Photos of the signed letter, uploaded by the caller") @Size(max = 9) List<@NotNull Long> attachmentIds) {
    }

    @Schema(name = "SuggestionExtendInput")
    public record Extend(@NotBlank @Size(max = 500) String reason) {
    }

    @Schema(name = "SuggestionSuperviseInput")
    public record Supervise(@Size(max = 32) String supervisorName, @Size(max = 64) String supervisorTitle,
            @NotBlank @Size(max = 500) String note) {
    }

    @Schema(name = "SuggestionRatingInput")
    public record RatingInput(@NotNull Rating rating, @Schema(description = "Required for UNSATISFIED") @Size(max = 500) String reason) {
    }

    @Schema(name = "SuggestionNoteInput")
    public record Note(@NotBlank @Size(max = 2000) String note) {
    }
}
