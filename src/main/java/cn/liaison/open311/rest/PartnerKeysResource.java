package cn.liaison.open311.rest;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import cn.liaison.identity.Callers;
import cn.liaison.identity.Role;
import cn.liaison.open311.PartnerKeyView;
import cn.liaison.open311.service.PartnerKeys;
import cn.liaison.platform.web.FinishesOnDisconnect;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@FinishesOnDisconnect
@Path("/api/v1/admin/open311-keys")
@Tag(name = "Administration")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class PartnerKeysResource {

    private final PartnerKeys keys;
    private final SecurityIdentity identity;

    public PartnerKeysResource(PartnerKeys keys, SecurityIdentity identity) {
        this.keys = keys;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "listOpen311Keys", summary = "The Open311 api_keys issued to partners, newest first (never the keys themselves)")
    public Uni<List<PartnerKeyView>> list() {
        return keys.list();
    }

    /** No Idempotency-Key: the stored answer a retry replays would keep the key in clear text. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "issueOpen311Key", summary = "Issue an Open311 api_key to a named partner; the key is shown only in this answer")
    @APIResponseSchema(value = PartnerKeyView.Issued.class, responseCode = "201", responseDescription = "Created: store apiKey now, it is not shown again")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED: no partner name, or a station that does not exist or is closed")
    public Uni<RestResponse<PartnerKeyView.Issued>> issue(@Valid @NotNull PartnerKeyView.Request request) {
        return keys.issue(Callers.of(identity).userId(), request)
                .map(issued -> RestResponse.ResponseBuilder.<PartnerKeyView.Issued>created(URI.create("/api/v1/admin/open311-keys/" + issued.key().id()))
                        .entity(issued).build());
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "revokeOpen311Key", summary = "Revoke an Open311 api_key at once; the key stays listed, revoked")
    @APIResponse(responseCode = "200", description = "OK: the key, revoked")
    public Uni<PartnerKeyView> revoke(@PathParam("id") long id) {
        return keys.revoke(id);
    }
}
