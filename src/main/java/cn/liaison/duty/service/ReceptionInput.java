package cn.liaison.duty.service;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reception day to announce. */
public record ReceptionInput(
        @NotNull Long stationId,
        @NotEmpty @Size(max = 20) List<Long> deputyIds,
        @NotNull OffsetDateTime startsAt,
        @NotNull OffsetDateTime endsAt,
        @NotBlank @Size(max = 100) String topic,
        @Min(1) @Max(500) int capacity,
        @Schema(description = "Staff only: announce less than 3 days ahead") boolean shortNotice) {
}
