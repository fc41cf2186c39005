package cn.liaison.directory;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;


/** A station as listed. */
@Schema(name = "Station")
public record StationView(
        Long id,
        Long regionId,
        StationLevel level,
        String name,
        String address,
        Double latitude,
        Double longitude,
        String openingHours,
        String phone,
        List<Long> photoIds,
        boolean active,
        OffsetDateTime infoUpdatedAt,
        @Schema(description = "Metres from the point given in near=lat,lng; absent otherwise") Long distanceMetres) {
}
