package cn.liaison.duty.service;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.liaison.duty.BookingState;

@Schema(name = "Booking")
public record BookingView(Long id, Long receptionId, Long stationId, String topic, OffsetDateTime startsAt,
        BookingState state, OffsetDateTime bookedAt) {
}
