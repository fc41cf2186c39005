package cn.liaison.deadline.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.liaison.deadline.TimeLimitSettings;
import cn.liaison.deadline.TimeLimits;
import cn.liaison.identity.Role;
import cn.liaison.identity.StaffOrAdmin;
import cn.liaison.platform.web.FinishesOnDisconnect;
import io.smallrye.mutiny.Uni;

/** The time limits admins keep (SPEC §1): how many working days acceptance, the reply and an extension may take. */
@FinishesOnDisconnect
@Path("/api/v1/admin/time-limits")
@Tag(name = "Administration")
@Produces(MediaType.APPLICATION_JSON)
public class TimeLimitResource {

    private final TimeLimitSettings settings;

    public TimeLimitResource(TimeLimitSettings settings) {
        this.settings = settings;
    }

    @GET
    @StaffOrAdmin
    @Operation(operationId = "showTimeLimits", summary = "The time limits in force")
    public TimeLimits show() {
        return settings.current();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "replaceTimeLimits", summary = "Set the time limits: deadlines computed from now on follow them, those already set stay (every instance within 30 seconds)")
    public Uni<TimeLimits> replace(@Valid @NotNull TimeLimits limits) {
        return settings.replace(limits);
    }
}
