package cn.liaison.directory;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A station with what a citizen opening it wants: its deputies and its next reception days. */
@Schema(name = "StationDetails")
public record StationDetails(
        StationView station,
        String introduction,
        @Schema(description = "工作制度") String rules,
        List<DeputyView> deputies,
        List<UpcomingReception> upcomingReceptions) {

    public record UpcomingReception(Long id, OffsetDateTime startsAt, OffsetDateTime endsAt, String topic, int capacity,
            int booked) {
    }
}
