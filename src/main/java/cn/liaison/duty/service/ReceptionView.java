package cn.liaison.duty.service;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Reception")
public record ReceptionView(Long id, Long stationId, List<Long> deputyIds, OffsetDateTime startsAt, OffsetDateTime endsAt,
        String topic, int capacity, int booked, boolean cancelled) {
}
