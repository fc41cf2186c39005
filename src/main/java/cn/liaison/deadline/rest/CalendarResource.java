package cn.liaison.deadline.rest;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.liaison.deadline.CalendarDay;
import cn.liaison.deadline.CalendarFile;
import cn.liaison.deadline.WorkingCalendar;
import cn.liaison.identity.Role;
import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.web.CsvReader;
import cn.liaison.platform.web.FinishesOnDisconnect;
import io.smallrye.mutiny.Uni;

@FinishesOnDisconnect
@Path("/api/v1/admin/calendar")
@Tag(name = "Administration")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class CalendarResource {

    private final WorkingCalendar calendar;

    public CalendarResource(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    @GET
    @RolesAllowed({ Role.STAFF_NAME, Role.ADMIN_NAME })
    @Operation(operationId = "listCalendarDays", summary = "Public holidays and make-up working days between two dates (default: this year and next)")
    public Uni<List<CalendarDay>> list(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        LocalDate start = from != null ? from : LocalDate.now(calendar.current().zone()).withDayOfYear(1);
        LocalDate end = to != null ? to : start.plusYears(2).minusDays(1);
        if (end.isBefore(start) || end.isAfter(start.plusYears(5))) {
            throw ApiException.invalidField("to", "field.date-range");
        }
        return calendar.between(start, end);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "markCalendarDays", summary = "Mark days as public holidays or make-up working days (deadlines count them at once)")
    public Uni<List<CalendarDay>> put(@NotNull @Size(min = 1, max = 400) List<@Valid @NotNull CalendarDay> days) {
        return calendar.put(days);
    }

    @POST
    @Path("/import")
    @Consumes({ "text/csv", MediaType.TEXT_PLAIN, CsvReader.XLSX })
    @Operation(operationId = "importCalendarDays", summary = "Mark a year's holidays and make-up working days from a CSV file (日期,上班,名称), UTF-8 or GBK as Excel saves it, or an XLSX workbook's first sheet; a file with a bad row is refused whole")
    @APIResponse(responseCode = "200", description = "The days marked")
    public Uni<List<CalendarDay>> importDays(@Schema(description = "Rows of 日期,上班,名称: 2026-10-01,休息,国庆节 / 2026-10-11,上班,国庆调休") byte[] file) {
        return calendar.put(CalendarFile.read(file));
    }

    @DELETE
    @Path("/{day}")
    @Operation(operationId = "clearCalendarDay", summary = "Make a day ordinary again (a working day from Monday to Friday)")
    public Uni<Void> remove(@PathParam("day") LocalDate day) {
        return calendar.remove(day);
    }
}
