package cn.liaison.directory;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the freshness report lists: stations and deputies whose records have not moved for a while. */
public final class Freshness {

    private Freshness() {
    }

    @Schema(name = "StaleStation")
    public record StaleStation(Long stationId, String name, Long regionId, OffsetDateTime infoUpdatedAt,
            @Schema(description = "Latest published duty record at the station; null if none") OffsetDateTime lastDutyRecordAt) {
    }

    @Schema(name = "QuietDeputy")
    public record QuietDeputy(Long deputyId, String name, Long primaryStationId) {
    }
}
