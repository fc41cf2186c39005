package cn.liaison.directory.rest;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import cn.liaison.directory.DeputyDetails;
import cn.liaison.directory.DeputyLevel;
import cn.liaison.directory.DeputyQuery;
import cn.liaison.directory.DeputyView;
import cn.liaison.directory.service.DeputyAdministration;
import cn.liaison.directory.service.DeputyBinding;
import cn.liaison.directory.service.DeputyInput;
import cn.liaison.directory.service.DirectoryQueries;
import cn.liaison.identity.Callers;
import cn.liaison.identity.StaffOrAdmin;
import cn.liaison.platform.idempotency.Created;
import cn.liaison.platform.idempotency.Idempotency;
import cn.liaison.platform.openapi.Ok;
import cn.liaison.platform.openapi.OkOrNotFound;
import cn.liaison.platform.paging.Page;
import cn.liaison.platform.paging.PageRequest;
import cn.liaison.platform.web.FinishesOnDisconnect;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@FinishesOnDisconnect
@Path("/api/v1/deputies")
@Tag(name = "Deputies")
@Produces(MediaType.APPLICATION_JSON)
public class DeputyResource {

    private final DirectoryQueries directory;
    private final DeputyAdministration administration;
    private final DeputyBinding binding;
    private final SecurityIdentity identity;

    public DeputyResource(DirectoryQueries directory, DeputyAdministration administration, DeputyBinding binding,
            SecurityIdentity identity) {
        this.directory = directory;
        this.administration = administration;
        this.binding = binding;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "listDeputies", summary = "List active deputies by station, region (and below), level or name")
    public Uni<Page<DeputyView>> list(@QueryParam("stationId") Long stationId, @QueryParam("regionId") Long regionId,
            @QueryParam("level") DeputyLevel level, @QueryParam("name") @Size(max = 32) String name, @Valid @BeanParam PageRequest page) {
        return directory.deputies(new DeputyQuery(stationId, regionId, level, name), page.cursor, page.limit);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "showDeputy", summary = "Show a deputy's approved profile with this year's figures")
    @OkOrNotFound
    public Uni<DeputyDetails> show(@PathParam("id") long id) {
        return directory.deputy(id);
    }

    @GET
    @Path("/{id}/figures")
    @Operation(operationId = "showDeputyFigures", summary = "A deputy's duty figures quarter by quarter: duty records by type, reception days held, opinions answered, reply time, satisfaction")
    @OkOrNotFound
    public Uni<List<DeputyDetails.QuarterFigures>> figures(@PathParam("id") long id,
            @QueryParam("year") @Min(2000) @Max(2100) Integer year) {
        return directory.quarters(id, year);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @StaffOrAdmin
    @Operation(operationId = "createDeputy", summary = "Create a deputy at stations in the caller's scope (idempotent: send an Idempotency-Key)")
    @APIResponseSchema(value = DeputyView.class, responseCode = "201", responseDescription = "Created")
    @APIResponse(responseCode = "409", description = "ROSTER_KEY_TAKEN: another deputy has this roster key")
    @APIResponse(responseCode = "422", description = "IDEMPOTENCY_KEY_REUSED")
    public Uni<RestResponse<DeputyView>> create(@HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull DeputyInput input) {
        return administration.create(Callers.of(identity), key, input).map(outcome -> Created.of(outcome, "/api/v1/deputies/" + outcome.answer().id()));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @StaffOrAdmin
    @Operation(operationId = "updateDeputy", summary = "Replace a deputy's profile and stations")
    @APIResponse(responseCode = "404", description = "NOT_FOUND, also for a deputy outside the caller's scope")
    @Ok
    public Uni<DeputyView> replace(@PathParam("id") long id, @Valid @NotNull DeputyInput input) {
        return administration.replace(Callers.of(identity), id, input);
    }

    @POST
    @Path("/{id}/invitations")
    @StaffOrAdmin
    @Operation(operationId = "inviteDeputy", summary = "Issue a one-time code (7 days) with which the deputy binds their WeChat account; earlier unused codes stop working")
    @APIResponseSchema(value = DeputyBinding.Invitation.class, responseCode = "201", responseDescription = "The code, shown this once")
    @APIResponse(responseCode = "404", description = "NOT_FOUND, also outside the caller's scope")
    public Uni<RestResponse<DeputyBinding.Invitation>> invite(@PathParam("id") long id) {
        return binding.invite(Callers.of(identity), id)
                .map(invitation -> RestResponse.ResponseBuilder.<DeputyBinding.Invitation>create(RestResponse.Status.CREATED)
                        .entity(invitation).build());
    }
}
