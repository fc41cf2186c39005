package cn.liaison.directory;


import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A deputy as listed. */
@Schema(name = "Deputy")
public record DeputyView(Long id, String name, String gender, DeputyLevel level, String occupation, String workUnit,
        Long photoId, Long primaryStationId) {
}
