package cn.liaison.board.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.liaison.identity.Callers;
import cn.liaison.identity.Role;
import cn.liaison.opinion.BoardViews;
import cn.liaison.opinion.PublicOpinions;
import cn.liaison.platform.openapi.Ok;
import cn.liaison.platform.paging.Page;
import cn.liaison.platform.paging.PageRequest;
import cn.liaison.platform.web.FinishesOnDisconnect;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@FinishesOnDisconnect
@Path("/api/v1/public/opinions")
@Tag(name = "Public board")
@Produces(MediaType.APPLICATION_JSON)
public class PublicOpinionsResource {

    private final PublicOpinions board;
    private final SecurityIdentity identity;
    private final CurrentIdentityAssociation identities;

    public PublicOpinionsResource(PublicOpinions board, SecurityIdentity identity,
            CurrentIdentityAssociation identities) {
        this.board = board;
        this.identity = identity;
        this.identities = identities;
    }

    // The enum of a parameter with a default is spelled out: beside a $ref the default is written as
    // an allOf whose order changes from build to build, and the contract must not.
    @GET
    @Operation(operationId = "listPublishedOpinions", summary = "Published opinions, newest first or most supported first")
    public Uni<Page<BoardViews.Summary>> list(@QueryParam("categoryId") Long categoryId, @QueryParam("regionId") Long regionId,
            @QueryParam("stationId") Long stationId, @QueryParam("order") @DefaultValue("NEWEST") @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = { "NEWEST", "MOST_SUPPORTED" }, defaultValue = "NEWEST")) BoardViews.Order order,
            @Valid @BeanParam PageRequest page) {
        return board.list(categoryId, regionId, stationId, order, page.cursor, page.limit);
    }

    @GET
    @Path("/similar")
    @Operation(operationId = "listSimilarOpinions", summary = "Opinions like the text being typed (published ones can be supported instead of writing a duplicate)",
            description = "A comparison that runs longer than a second answers 503 SEARCH_TIMED_OUT.")
    public Uni<List<BoardViews.Similar>> similar(@QueryParam("text") @NotBlank @Size(min = 2, max = 200) String text,
            @QueryParam("stationId") Long stationId) {
        return board.like(text, stationId);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "showPublishedOpinion", summary = "A published opinion with its replies and public timeline, personal data removed")
    @APIResponse(responseCode = "404", description = "NOT_FOUND: no such published opinion")
    @Ok
    public Uni<BoardViews.Detail> show(@PathParam("id") long id) {
        return identities.getDeferredIdentity()
                .chain(who -> board.show(id, who.isAnonymous() ? null : Callers.of(who).userId()));
    }

    @POST
    @Path("/{id}/supports")
    @RolesAllowed(Role.CITIZEN_NAME)
    @Operation(operationId = "supportOpinion", summary = "Support (附议) a published opinion; each citizen counts once, a repeat changes nothing")
    @APIResponse(responseCode = "404", description = "NOT_FOUND: no such published opinion")
    @Ok
    public Uni<BoardViews.Support> support(@PathParam("id") long id) {
        return board.support(Callers.of(identity).userId(), id);
    }
}
