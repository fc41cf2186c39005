package cn.liaison.replytemplate.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

import cn.liaison.identity.Callers;
import cn.liaison.identity.Role;
import cn.liaison.identity.StaffOrAdmin;
import cn.liaison.platform.openapi.Ok;
import cn.liaison.platform.web.FinishesOnDisconnect;
import cn.liaison.replytemplate.ReplyTemplateView;
import cn.liaison.replytemplate.service.ReplyTemplates;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@FinishesOnDisconnect
@Path("/api/v1/reply-templates")
@Tag(name = "Reply templates")
@Produces(MediaType.APPLICATION_JSON)
public class ReplyTemplateResource {

    private final ReplyTemplates templates;
    private final SecurityIdentity identity;

    public ReplyTemplateResource(ReplyTemplates templates, SecurityIdentity identity) {
        this.templates = templates;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({ Role.STAFF_NAME, Role.ADMIN_NAME, Role.DEPUTY_NAME })
    @Operation(operationId = "listReplyTemplates", summary = "Reply templates (常用答复) I may start an answer from, my own office's first")
    public Uni<List<ReplyTemplateView>> list() {
        return templates.list(Callers.of(identity));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @StaffOrAdmin
    @Operation(operationId = "createReplyTemplate", summary = "Add a reply template to my office, or to one below it")
    @APIResponseSchema(value = ReplyTemplateView.class, responseCode = "201", responseDescription = "Created")
    public Uni<ReplyTemplateView> create(@Valid @NotNull ReplyTemplates.Write body) {
        return templates.create(Callers.of(identity), body);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @StaffOrAdmin
    @Operation(operationId = "updateReplyTemplate", summary = "Change a template's title and text (its office stays)")
    @APIResponse(responseCode = "404", description = "NOT_FOUND: no such template in my scope")
    @APIResponse(responseCode = "409", description = "CONCURRENT_MODIFICATION: a colleague saved it at the same moment")
    @Ok
    public Uni<ReplyTemplateView> update(@PathParam("id") long id, @Valid @NotNull ReplyTemplates.Write body) {
        return templates.update(Callers.of(identity), id, body);
    }

    @DELETE
    @Path("/{id}")
    @ResponseStatus(204)
    @StaffOrAdmin
    @Operation(operationId = "deleteReplyTemplate", summary = "Remove a template from my office's library")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "NOT_FOUND: no such template in my scope")
    public Uni<Void> delete(@PathParam("id") long id) {
        return templates.delete(Callers.of(identity), id);
    }
}
