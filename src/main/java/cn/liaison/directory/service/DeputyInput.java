package cn.liaison.directory.service;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.liaison.directory.DeputyLevel;

/** Everything staff say about a deputy, to create the profile or to replace it. */
public record DeputyInput(
        @NotBlank @Size(max = 32) String name,
        @Size(max = 8) String gender,
        @Size(max = 16) String ethnicity,
        @NotNull DeputyLevel level,
        @Size(max = 32) String term,
        @Size(max = 100) String occupation,
        @Size(max = 100) String workUnit,
        Long photoId,
        @Size(max = 5000) String biography,
        @Size(max = 64) String publicContact,
        @Schema(description = "The office's own number (编号) the roster import matches on; absent keeps it, empty clears it") @Size(max = 64) String rosterKey,
        @NotNull Long primaryStationId,
        @Size(max = 20) List<Long> otherStationIds,
        @Schema(description = "Absent keeps it (a new deputy is active)") Boolean active) {
}
