package cn.liaison.identity.rest;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

import cn.liaison.identity.Callers;
import cn.liaison.identity.Role;
import cn.liaison.identity.User;
import cn.liaison.identity.service.ChangePassword;
import cn.liaison.identity.service.MyAccount;
import cn.liaison.identity.service.OwnPassword;
import cn.liaison.identity.service.ProfileChange;
import cn.liaison.platform.openapi.Ok;
import cn.liaison.platform.openapi.RateLimited;
import cn.liaison.platform.web.FinishesOnDisconnect;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

@FinishesOnDisconnect
@Path("/api/v1/me")
@Tag(name = "My account")
@Authenticated
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    private final MyAccount accounts;
    private final OwnPassword ownPassword;

    public MeResource(MyAccount accounts, OwnPassword ownPassword) {
        this.accounts = accounts;
        this.ownPassword = ownPassword;
    }

    @GET
    @Operation(operationId = "showMe", summary = "Show the signed-in account")
    public Uni<AccountView> show(@Context SecurityContext caller) {
        return accounts.show(Callers.id(caller)).map(this::view);
    }

    @PATCH
    @Operation(operationId = "updateMe", summary = "Change nickname or avatar")
    public Uni<AccountView> change(@Valid @NotNull ProfileChange change, @Context SecurityContext caller) {
        return accounts.change(Callers.id(caller), change).map(this::view);
    }

    @POST
    @Path("/phone")
    @RolesAllowed({ Role.CITIZEN_NAME, Role.DEPUTY_NAME })
    @Operation(operationId = "bindMyPhone", summary = "Bind the phone number the user allowed with getPhoneNumber")
    @APIResponse(responseCode = "400", description = "WECHAT_PHONE_CODE_INVALID or VALIDATION_FAILED")
    @RateLimited
    @APIResponse(responseCode = "503", description = "WECHAT_UNAVAILABLE")
    @Ok
    public Uni<AccountView> bindPhone(@Valid @NotNull Requests.PhoneBinding body, @Context SecurityContext caller) {
        return accounts.bindPhone(Callers.id(caller), body.code()).map(this::view);
    }

    @GET
    @Path("/data-export")
    @Operation(operationId = "exportMyData", summary = "A copy of my personal data and everything I submitted (PIPL art. 45), as one JSON document")
    @APIResponse(responseCode = "200", description = "account, opinions (with contact phone, public timeline and replies), bookings, notifications (and subscribe-message consents)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    public Uni<Map<String, Object>> exportMyData(@Context SecurityContext caller) {
        return accounts.copy(Callers.id(caller), this::view);
    }

    @PUT
    @Path("/password")
    @RolesAllowed({ Role.STAFF_NAME, Role.ADMIN_NAME })
    @ResponseStatus(204)
    @Operation(operationId = "changeMyPassword", summary = "Change my password (staff and admins) with the current one; every session of the account ends, this one too")
    @APIResponse(responseCode = "204", description = "Changed; sign in again with the new password")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED: currentPassword is wrong (counts as a failed sign-in), or newPassword breaks the rule")
    @APIResponse(responseCode = "423", description = "ACCOUNT_LOCKED after repeated failures, with Retry-After")
    public Uni<Void> changePassword(@Valid @NotNull ChangePassword change, @Context SecurityContext caller) {
        return ownPassword.change(Callers.id(caller), change);
    }

    @DELETE
    @ResponseStatus(204)
    @Operation(operationId = "deleteMyAccount", summary = "Delete the account: personal data is erased, what it wrote stays anonymised")
    @APIResponse(responseCode = "204", description = "Deleted; its tokens stop working within a minute")
    @APIResponse(responseCode = "409", description = "ACCOUNT_MANAGED_BY_ADMIN: staff accounts are deleted by admins")
    public Uni<Void> delete(@Context SecurityContext caller) {
        return accounts.delete(Callers.id(caller));
    }

    private AccountView view(User user) {
        return AccountView.of(user, accounts.phoneOf(user));
    }
}
