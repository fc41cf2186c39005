package cn.liaison.directory.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.liaison.directory.service.ProfileChangeInput;
import cn.liaison.directory.service.ProfileChangeView;
import cn.liaison.directory.service.ProfileChanges;
import cn.liaison.identity.Callers;
import cn.liaison.identity.Role;
import cn.liaison.identity.StaffOrAdmin;
import cn.liaison.platform.openapi.Ok;
import cn.liaison.platform.paging.Page;
import cn.liaison.platform.paging.PageRequest;
import cn.liaison.platform.web.FinishesOnDisconnect;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@FinishesOnDisconnect
@Path("/api/v1")
@Tag(name = "Deputies")
@Produces(MediaType.APPLICATION_JSON)
public class ProfileChangeResource {

    private final ProfileChanges changes;
    private final SecurityIdentity identity;

    public ProfileChangeResource(ProfileChanges changes, SecurityIdentity identity) {
        this.changes = changes;
        this.identity = identity;
    }

    @PUT
    @Path("/deputy/profile-change")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.DEPUTY_NAME)
    @Operation(operationId = "requestProfileChange", summary = "Propose changes to my deputy profile; the public sees them once staff approve")
    @APIResponse(responseCode = "200", description = "Waiting for approval (replaces an earlier pending change)")
    public Uni<ProfileChangeView> request(@Valid @NotNull ProfileChangeInput input) {
        return changes.request(Callers.of(identity), input);
    }

    @GET
    @Path("/deputy/profile-change")
    @RolesAllowed(Role.DEPUTY_NAME)
    @Operation(operationId = "showMyProfileChange", summary = "Show my latest proposed change and its outcome")
    @APIResponse(responseCode = "404", description = "NOT_FOUND: nothing proposed yet")
    @Ok
    public Uni<ProfileChangeView> latest() {
        return changes.latest(Callers.of(identity));
    }

    @GET
    @Path("/profile-changes")
    @StaffOrAdmin
    @Operation(operationId = "listPendingProfileChanges", summary = "List deputies' profile changes waiting for approval in the caller's scope, oldest first")
    public Uni<Page<ProfileChangeView>> pending(@Valid @BeanParam PageRequest page) {
        return changes.pending(Callers.of(identity), page.cursor, page.limit);
    }

    @POST
    @Path("/profile-changes/{id}/approve")
    @StaffOrAdmin
    @Operation(operationId = "approveProfileChange", summary = "Approve a profile change: the public profile takes it")
    @APIResponse(responseCode = "404", description = "NOT_FOUND, also outside the caller's scope")
    @APIResponse(responseCode = "409", description = "ACTION_NOT_ALLOWED_IN_STATE: already decided")
    @Ok
    public Uni<ProfileChangeView> approve(@PathParam("id") long id) {
        return changes.approve(Callers.of(identity), id);
    }

    @POST
    @Path("/profile-changes/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @StaffOrAdmin
    @Operation(operationId = "rejectProfileChange", summary = "Reject a profile change with a reason the deputy sees")
    @APIResponse(responseCode = "404", description = "NOT_FOUND, also outside the caller's scope")
    @APIResponse(responseCode = "409", description = "ACTION_NOT_ALLOWED_IN_STATE: already decided")
    @Ok
    public Uni<ProfileChangeView> reject(@PathParam("id") long id, @Valid @NotNull ProfileChanges.Reason reason) {
        return changes.reject(Callers.of(identity), id, reason);
    }
}
