package cn.liaison.notification.rest;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.liaison.identity.Callers;
import cn.liaison.notification.InboxViews;
import cn.liaison.notification.service.NotificationInbox;
import cn.liaison.platform.openapi.OkOrNotFound;
import cn.liaison.platform.paging.Page;
import cn.liaison.platform.paging.PageRequest;
import cn.liaison.platform.web.FinishesOnDisconnect;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Its own root path: under /api/v1 it would lose the match to /api/v1/me. */
@FinishesOnDisconnect
@Path("/api/v1/me/notifications")
@Tag(name = "Notifications")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class MyNotificationsResource {

    private final NotificationInbox inbox;
    private final SecurityIdentity identity;

    public MyNotificationsResource(NotificationInbox inbox, SecurityIdentity identity) {
        this.inbox = inbox;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "listMyNotifications", summary = "My notifications, newest first, however they were delivered")
    public Uni<Page<InboxViews.Notification>> list(@QueryParam("unread") @DefaultValue("false") boolean unreadOnly,
            @Valid @BeanParam PageRequest page) {
        return inbox.of(Callers.of(identity).userId(), unreadOnly, page);
    }

    @GET
    @Path("/unread-count")
    @Operation(operationId = "countMyUnreadNotifications", summary = "How many of my notifications are unread (the badge)")
    public Uni<InboxViews.UnreadCount> unread() {
        return inbox.unread(Callers.of(identity).userId());
    }

    @POST
    @Path("/{id}/read")
    @Operation(operationId = "markNotificationRead", summary = "Mark one notification read")
    @OkOrNotFound
    public Uni<InboxViews.Notification> read(@PathParam("id") long id) {
        return inbox.markRead(Callers.of(identity).userId(), id);
    }

    @POST
    @Path("/read-all")
    @Operation(operationId = "markAllNotificationsRead", summary = "Mark all my notifications read")
    @APIResponse(responseCode = "204", description = "Done")
    public Uni<Void> readAll() {
        return inbox.markAllRead(Callers.of(identity).userId());
    }
}
