package cn.liaison.notification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.liaison.identity.Role;
import cn.liaison.notification.InboxViews;
import cn.liaison.notification.service.NotificationInbox;
import cn.liaison.platform.openapi.OkOrNotFound;
import cn.liaison.platform.paging.Page;
import cn.liaison.platform.paging.PageRequest;
import cn.liaison.platform.web.FinishesOnDisconnect;
import io.smallrye.mutiny.Uni;

@FinishesOnDisconnect
@Path("/api/v1/admin/notifications")
@Tag(name = "Administration")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class ParkedNotificationsResource {

    private final NotificationInbox inbox;

    public ParkedNotificationsResource(NotificationInbox inbox) {
        this.inbox = inbox;
    }

    @GET
    @Path("/parked")
    @Operation(operationId = "listParkedNotifications", summary = "Notifications the dispatcher gave up on, newest first, with the last error")
    public Uni<Page<InboxViews.Parked>> parked(@Valid @BeanParam PageRequest page) {
        return inbox.parked(page);
    }

    @POST
    @Path("/{id}/resend")
    @Operation(operationId = "resendNotification", summary = "Put a parked notification back in the outbox")
    @OkOrNotFound
    public Uni<InboxViews.Parked> resend(@PathParam("id") long id) {
        return inbox.resend(id);
    }
}
