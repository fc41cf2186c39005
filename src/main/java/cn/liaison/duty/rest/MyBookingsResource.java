package cn.liaison.duty.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.liaison.duty.service.BookingView;
import cn.liaison.duty.service.ReceptionDays;
import cn.liaison.identity.Callers;
import cn.liaison.identity.Role;
import cn.liaison.platform.paging.Page;
import cn.liaison.platform.paging.PageRequest;
import cn.liaison.platform.web.FinishesOnDisconnect;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@FinishesOnDisconnect
@Path("/api/v1/me/bookings")
@Tag(name = "Reception days")
@Produces(MediaType.APPLICATION_JSON)
public class MyBookingsResource {

    private final ReceptionDays receptions;
    private final SecurityIdentity identity;

    public MyBookingsResource(ReceptionDays receptions, SecurityIdentity identity) {
        this.receptions = receptions;
        this.identity = identity;
    }

    @GET
    @RolesAllowed(Role.CITIZEN_NAME)
    @Operation(operationId = "listMyBookings", summary = "List my bookings, newest first")
    public Uni<Page<BookingView>> mine(@Valid @BeanParam PageRequest page) {
        return receptions.bookingsOf(Callers.of(identity).userId(), page.cursor, page.limit);
    }
}
