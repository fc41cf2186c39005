package cn.liaison.identity.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import cn.liaison.identity.Callers;
import cn.liaison.identity.Role;
import cn.liaison.identity.service.NewPassword;
import cn.liaison.identity.service.NewStaff;
import cn.liaison.identity.service.StaffAccount;
import cn.liaison.identity.service.StaffAdministration;
import cn.liaison.identity.service.StaffChange;
import cn.liaison.platform.idempotency.Created;
import cn.liaison.platform.idempotency.Idempotency;
import cn.liaison.platform.openapi.OkOrNotFound;
import cn.liaison.platform.paging.Page;
import cn.liaison.platform.paging.PageRequest;
import cn.liaison.platform.web.FinishesOnDisconnect;
import io.smallrye.mutiny.Uni;

@FinishesOnDisconnect
@Path("/api/v1/admin/staff")
@Tag(name = "Administration")
@RolesAllowed(Role.ADMIN_NAME)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class StaffAdminResource {

    private final StaffAdministration staff;

    public StaffAdminResource(StaffAdministration staff) {
        this.staff = staff;
    }

    @POST
    @Operation(operationId = "createStaffAccount", summary = "Create a staff or admin account (idempotent: send an Idempotency-Key)")
    @APIResponseSchema(value = StaffAccount.class, responseCode = "201", responseDescription = "Created; a retry with the same key answers the same account with Idempotent-Replayed: true")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED, IDEMPOTENCY_KEY_REQUIRED or IDEMPOTENCY_KEY_INVALID")
    @APIResponse(responseCode = "409", description = "USERNAME_TAKEN")
    @APIResponse(responseCode = "422", description = "IDEMPOTENCY_KEY_REUSED with another body, or UNKNOWN_REGION")
    public Uni<RestResponse<StaffAccount>> create(
            @Parameter(description = "Unique per intended create; retries reuse it") @HeaderParam(Idempotency.HEADER) String key,
            @Valid @NotNull NewStaff body, @Context SecurityContext caller) {
        return staff.create(Callers.id(caller), key, body).map(outcome -> Created.of(outcome, "/api/v1/admin/staff/" + outcome.answer().id()));
    }

    @GET
    @Operation(operationId = "listStaffAccounts", summary = "List staff and admin accounts")
    public Uni<Page<StaffAccount>> list(@Valid @BeanParam PageRequest page) {
        return staff.list(page.cursor, page.limit);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "showStaffAccount", summary = "Show a staff or admin account")
    @OkOrNotFound
    public Uni<StaffAccount> show(@PathParam("id") long id) {
        return staff.show(id);
    }

    @PATCH
    @Path("/{id}")
    @Operation(operationId = "updateStaffAccount", summary = "Change a staff account's display name or region scope")
    @OkOrNotFound
    @APIResponse(responseCode = "422", description = "UNKNOWN_REGION")
    public Uni<StaffAccount> change(@PathParam("id") long id, @Valid @NotNull StaffChange change) {
        return staff.change(id, change);
    }

    @POST
    @Path("/{id}/disable")
    @Operation(operationId = "disableStaffAccount", summary = "Disable an account: it is shut out within a minute, tokens included")
    @OkOrNotFound
    @APIResponse(responseCode = "409", description = "CANNOT_CHANGE_OWN_ACCOUNT")
    public Uni<StaffAccount> disable(@PathParam("id") long id, @Context SecurityContext caller) {
        return staff.setDisabled(Callers.id(caller), id, true);
    }

    @POST
    @Path("/{id}/enable")
    @Operation(operationId = "enableStaffAccount", summary = "Enable a disabled account again")
    @OkOrNotFound
    @APIResponse(responseCode = "409", description = "CANNOT_CHANGE_OWN_ACCOUNT")
    public Uni<StaffAccount> enable(@PathParam("id") long id, @Context SecurityContext caller) {
        return staff.setDisabled(Callers.id(caller), id, false);
    }

    @PUT
    @Path("/{id}/password")
    @Operation(operationId = "resetStaffPassword", summary = "Set a new password for another staff or admin account; every session of that account ends")
    @OkOrNotFound
    @APIResponse(responseCode = "409", description = "CANNOT_CHANGE_OWN_ACCOUNT: change your own password with PUT /api/v1/me/password")
    public Uni<StaffAccount> resetPassword(@PathParam("id") long id, @Valid @NotNull NewPassword password, @Context SecurityContext caller) {
        return staff.resetPassword(Callers.id(caller), id, password);
    }
}
