package cn.liaison.directory;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A deputy's approved public profile with the figures of their work. */
@Schema(name = "DeputyDetails")
public record DeputyDetails(
        Long id,
        String name,
        String gender,
        @Schema(description = "民族") String ethnicity,
        DeputyLevel level,
        String term,
        String occupation,
        String workUnit,
        Long photoId,
        String biography,
        String publicContact,
        Long primaryStationId,
        List<StationRef> stations,
        @Schema(description = "Whether the deputy has bound their WeChat account") boolean bound,
        Figures figures) {

    public record StationRef(Long id, String name) {
    }

    /** This year's figures. */
    public record Figures(
            int year,
            Map<String, Long> dutyRecordsByType,
            long receptionDaysHeld,
            long opinionsReplied,
            @Schema(description = "Average working days from acceptance to reply; null without replies") Double averageReplyWorkingDays,
            @Schema(description = "Share of rated answers rated satisfied or basically satisfied; null without ratings") Double satisfaction) {
    }

    /** A quarter's figures (SPEC: deputy duty figures per quarter). */
    @Schema(name = "DeputyQuarterFigures")
    public record QuarterFigures(
            int year,
            int quarter,
            Map<String, Long> dutyRecordsByType,
            long receptionDaysHeld,
            long opinionsReplied,
            @Schema(description = "Average working days from acceptance to the first reply; null without replies") Double averageReplyWorkingDays,
            @Schema(description = "Share of rated answers rated satisfied or basically satisfied; null without ratings") Double satisfaction) {
    }
}
