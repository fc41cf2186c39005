package cn.liaison.duty.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.liaison.duty.service.BookingView;
import cn.liaison.duty.service.ReceptionDays;
import cn.liaison.identity.Callers;
import cn.liaison.identity.DeputyStaffOrAdmin;
import cn.liaison.identity.Role;
import cn.liaison.platform.openapi.Ok;
import cn.liaison.platform.web.FinishesOnDisconnect;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@FinishesOnDisconnect
@Path("/api/v1/bookings")
@Tag(name = "Reception days")
@Produces(MediaType.APPLICATION_JSON)
public class BookingResource {

    private final ReceptionDays receptions;
    private final SecurityIdentity identity;

    public BookingResource(ReceptionDays receptions, SecurityIdentity identity) {
        this.receptions = receptions;
        this.identity = identity;
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed(Role.CITIZEN_NAME)
    @Operation(operationId = "cancelBooking", summary = "Cancel my booking before the reception day starts; the place is freed")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (also someone else's booking)")
    @APIResponse(responseCode = "409", description = "BOOKING_NOT_ACTIVE")
    @Ok
    public Uni<BookingView> cancel(@PathParam("id") long id) {
        return receptions.cancel(Callers.of(identity).userId(), id);
    }

    @POST
    @Path("/{id}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @DeputyStaffOrAdmin
    @Operation(operationId = "recordAttendance", summary = "Record whether the citizen came to the reception day (staff in scope, or a deputy holding it)")
    @APIResponse(responseCode = "404", description = "NOT_FOUND, also outside the caller's scope or a day the deputy does not hold")
    @APIResponse(responseCode = "409", description = "BOOKING_NOT_ACTIVE: the booking was cancelled")
    @Ok
    public Uni<BookingView> attendance(@PathParam("id") long id, @Valid @NotNull Attendance attendance) {
        return receptions.recordAttendance(Callers.of(identity), id, attendance.attended());
    }

    public record Attendance(@NotNull Boolean attended) {
    }
}
