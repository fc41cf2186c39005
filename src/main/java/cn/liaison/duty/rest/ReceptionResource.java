package cn.liaison.duty.rest;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import cn.liaison.duty.service.BookingView;
import cn.liaison.duty.service.ReceptionDays;
import cn.liaison.duty.service.ReceptionGuest;
import cn.liaison.duty.service.ReceptionInput;
import cn.liaison.duty.service.ReceptionView;
import cn.liaison.identity.Callers;
import cn.liaison.identity.DeputyStaffOrAdmin;
import cn.liaison.identity.Role;
import cn.liaison.platform.idempotency.Created;
import cn.liaison.platform.idempotency.Idempotency;
import cn.liaison.platform.openapi.Ok;
import cn.liaison.platform.openapi.OkOrNotFound;
import cn.liaison.platform.paging.Page;
import cn.liaison.platform.paging.PageRequest;
import cn.liaison.platform.web.FinishesOnDisconnect;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@FinishesOnDisconnect
@Path("/api/v1/receptions")
@Tag(name = "Reception days")
@Produces(MediaType.APPLICATION_JSON)
public class ReceptionResource {

    private final ReceptionDays receptions;
    private final SecurityIdentity identity;

    public ReceptionResource(ReceptionDays receptions, SecurityIdentity identity) {
        this.receptions = receptions;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "listReceptions", summary = "List reception days by station and time (from now to 90 days ahead by default)")
    public Uni<Page<ReceptionView>> list(@QueryParam("stationId") Long stationId, @QueryParam("from") OffsetDateTime from,
            @QueryParam("to") OffsetDateTime to, @Valid @BeanParam PageRequest page) {
        return receptions.list(stationId, from == null ? null : from.toInstant(), to == null ? null : to.toInstant(),
                page.cursor, page.limit);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "showReception", summary = "Show a reception day with its deputies and places booked")
    @OkOrNotFound
    public Uni<ReceptionView> show(@PathParam("id") long id) {
        return receptions.show(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @DeputyStaffOrAdmin
    @Operation(operationId = "announceReception", summary = "Announce a reception day, at least 3 days ahead (idempotent: send an Idempotency-Key)")
    @APIResponseSchema(value = ReceptionView.class, responseCode = "201", responseDescription = "Announced")
    @APIResponse(responseCode = "404", description = "NOT_FOUND: the station, or one the caller may not announce at")
    @APIResponse(responseCode = "422", description = "RECEPTION_NOTICE_TOO_SHORT, or IDEMPOTENCY_KEY_REUSED")
    public Uni<RestResponse<ReceptionView>> announce(@HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull ReceptionInput input) {
        return receptions.announce(Callers.of(identity), key, input).map(outcome -> Created.of(outcome, "/api/v1/receptions/" + outcome.answer().id()));
    }

    @GET
    @Path("/{id}/bookings")
    @DeputyStaffOrAdmin
    @Operation(operationId = "listReceptionBookings", summary = "Who booked a reception day, for the staff in scope and the deputies holding it, who receive them (phones masked)")
    @APIResponse(responseCode = "404", description = "NOT_FOUND, also outside the caller's scope or a day the deputy does not hold")
    @Ok
    public Uni<List<ReceptionGuest>> guests(@PathParam("id") long id) {
        return receptions.guests(Callers.of(identity), id);
    }

    @POST
    @Path("/{id}/bookings")
    @RolesAllowed(Role.CITIZEN_NAME)
    @Operation(operationId = "bookReception", summary = "Book a place at a reception day")
    @APIResponseSchema(value = BookingView.class, responseCode = "201", responseDescription = "Booked")
    @APIResponse(responseCode = "404", description = "NOT_FOUND")
    @APIResponse(responseCode = "409", description = "RECEPTION_FULL, RECEPTION_CLOSED or ALREADY_BOOKED")
    public Uni<RestResponse<BookingView>> book(@PathParam("id") long id) {
        return receptions.book(Callers.of(identity).userId(), id).map(booking -> RestResponse.ResponseBuilder
                .<BookingView>created(URI.create("/api/v1/me/bookings")).entity(booking).build());
    }
}
