package cn.liaison.duty.service;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.liaison.duty.DutyType;

/** A duty record as its author writes it. */
public record DutyRecordInput(
        @Schema(description = "Staff recording on a deputy's behalf name the deputy; a deputy leaves it out") Long deputyId,
        @NotNull DutyType type,
        @NotNull @PastOrPresent LocalDate occurredOn,
        Long stationId,
        @Size(max = 200) String place,
        @NotBlank @Size(max = 5000) String summary,
        @Size(max = 500) String participants,
        @Size(max = 9) List<@NotNull Long> photoIds) {
}
