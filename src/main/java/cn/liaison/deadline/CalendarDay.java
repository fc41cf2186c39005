package cn.liaison.deadline;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A date that is not what its weekday says: a public holiday, or a weekend made a working day (调休). */
@Schema(name = "CalendarDay")
public record CalendarDay(
        @NotNull LocalDate day,
        @NotNull @Schema(description = "true: a make-up working day; false: a public holiday") Boolean working,
        @Size(max = 32) @Schema(description = "For example 国庆节") String name) {
}
