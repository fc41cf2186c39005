package cn.liaison.directory.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.liaison.directory.service.DeputyBinding;
import cn.liaison.identity.Callers;
import cn.liaison.identity.Role;
import cn.liaison.platform.web.FinishesOnDisconnect;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@FinishesOnDisconnect
@Path("/api/v1/me/deputy-binding")
@Tag(name = "Deputies")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class DeputyBindingResource {

    private final DeputyBinding binding;
    private final SecurityIdentity identity;

    public DeputyBindingResource(DeputyBinding binding, SecurityIdentity identity) {
        this.binding = binding;
        this.identity = identity;
    }

    @POST
    @RolesAllowed({ Role.CITIZEN_NAME, Role.DEPUTY_NAME })
    @Operation(operationId = "bindDeputyAccount", summary = "Bind the signed-in WeChat account to a deputy with the invitation code from staff; then refresh the tokens")
    @APIResponse(responseCode = "200", description = "Bound: the account now has the DEPUTY role")
    @APIResponse(responseCode = "400", description = "INVITATION_INVALID: wrong, used or expired")
    @APIResponse(responseCode = "409", description = "DEPUTY_ALREADY_BOUND or ACCOUNT_ALREADY_DEPUTY")
    @APIResponse(responseCode = "429", description = "RATE_LIMITED: too many codes tried")
    public Uni<DeputyBinding.Bound> bind(@Valid @NotNull Code body) {
        return binding.bind(Callers.of(identity), body.code());
    }

    public record Code(@NotBlank @Size(max = 16) String code) {
    }
}
