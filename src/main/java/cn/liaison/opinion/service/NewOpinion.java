package cn.liaison.opinion.service;

import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.liaison.opinion.OpinionKind;

/** An opinion as a citizen sends it from the mini-program. */
public record NewOpinion(
        @NotNull Long stationId,
        @Schema(description = "A deputy of that station the citizen addresses; optional") Long deputyId,
        Long categoryId,
        @NotNull OpinionKind kind,
        @NotBlank @Size(min = 5, max = 50) String title,
        @NotBlank @Size(min = 10, max = 2000) String content,
        @Size(max = 200) String place,
        @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @DecimalMin("-180") @DecimalMax("180") Double longitude,
        @Size(max = 9) List<@NotNull Long> photoIds,
        @Schema(description = "Hide the submitter's name from the public") boolean anonymous,
        @Schema(description = "保密: never published; a lookup code is answered") boolean confidential,
        boolean consentToPublish,
        @Schema(description = "Defaults to the phone bound to the account") @Pattern(regexp = "1\\d{10}", message = "field.phone") String contactPhone) {
}
