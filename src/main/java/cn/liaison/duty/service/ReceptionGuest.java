package cn.liaison.duty.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A booking as the staff receiving citizens at a reception day see it. */
@Schema(name = "ReceptionGuest")
public record ReceptionGuest(BookingView booking, @Schema(description = "The citizen's nickname, if they have one") String name,
        @Schema(description = "Masked: 138****5678") String phone) {
}
