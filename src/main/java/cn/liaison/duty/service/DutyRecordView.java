package cn.liaison.duty.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.liaison.duty.DutyRecordState;
import cn.liaison.duty.DutyType;

@Schema(name = "DutyRecord")
public record DutyRecordView(Long id, Long deputyId, DutyType type, LocalDate occurredOn, Long stationId, String place,
        String summary, String participants, List<Long> photoIds, DutyRecordState state,
        @Schema(description = "Why staff returned it; shown to its author") String returnReason,
        OffsetDateTime publishedAt) {
}
