package cn.liaison.duty.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

import cn.liaison.duty.service.DutyRecordInput;
import cn.liaison.duty.service.DutyRecordView;
import cn.liaison.duty.service.DutyRecords;
import cn.liaison.identity.Callers;
import cn.liaison.identity.DeputyStaffOrAdmin;
import cn.liaison.identity.Role;
import cn.liaison.identity.StaffOrAdmin;
import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.idempotency.Created;
import cn.liaison.platform.idempotency.Idempotency;
import cn.liaison.platform.openapi.Ok;
import cn.liaison.platform.openapi.OkOrNotFound;
import cn.liaison.platform.openapi.StepAnswers;
import cn.liaison.platform.paging.Page;
import cn.liaison.platform.paging.PageRequest;
import cn.liaison.platform.web.FinishesOnDisconnect;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@FinishesOnDisconnect
@Path("/api/v1/duty-records")
@Tag(name = "Duty records")
@Produces(MediaType.APPLICATION_JSON)
public class DutyRecordResource {

    private final DutyRecords records;
    private final SecurityIdentity identity;
    private final CurrentIdentityAssociation identities;

    public DutyRecordResource(DutyRecords records, SecurityIdentity identity, CurrentIdentityAssociation identities) {
        this.records = records;
        this.identity = identity;
        this.identities = identities;
    }

    @GET
    @Operation(operationId = "listPublishedDutyRecords", summary = "List published duty records of a deputy or at a station, newest first")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED: give deputyId or stationId")
    @Ok
    public Uni<Page<DutyRecordView>> published(@QueryParam("deputyId") Long deputyId, @QueryParam("stationId") Long stationId,
            @Valid @BeanParam PageRequest page) {
        if (deputyId != null) {
            return records.publishedOfDeputy(deputyId, page.cursor, page.limit);
        }
        if (stationId == null) {
            throw ApiException.invalidField("deputyId", "constraint.NotNull");
        }
        return records.publishedAtStation(stationId, page.cursor, page.limit);
    }

    @GET
    @Path("/mine")
    @RolesAllowed(Role.DEPUTY_NAME)
    @Operation(operationId = "listMyDutyRecords", summary = "List the signed-in deputy's own records in every state")
    public Uni<Page<DutyRecordView>> mine(@Valid @BeanParam PageRequest page) {
        return records.mine(Callers.of(identity), page.cursor, page.limit);
    }

    @GET
    @Path("/review")
    @StaffOrAdmin
    @Operation(operationId = "listDutyRecordsForReview", summary = "List submitted records waiting for review in the caller's scope, oldest first")
    public Uni<Page<DutyRecordView>> awaitingReview(@Valid @BeanParam PageRequest page) {
        return records.awaitingReview(Callers.of(identity), page.cursor, page.limit);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "showDutyRecord", summary = "Show a duty record: published ones to anyone, others to their deputy and staff in scope")
    @OkOrNotFound
    public Uni<DutyRecordView> show(@PathParam("id") long id) {
        return identities.getDeferredIdentity().chain(who -> records.show(who.isAnonymous() ? null : Callers.of(who), id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @DeputyStaffOrAdmin
    @Operation(operationId = "createDutyRecord", summary = "Write a duty record as a draft (staff: on a deputy's behalf); idempotent with an Idempotency-Key")
    @APIResponseSchema(value = DutyRecordView.class, responseCode = "201", responseDescription = "Created as DRAFT")
    @APIResponse(responseCode = "422", description = "IDEMPOTENCY_KEY_REUSED")
    public Uni<RestResponse<DutyRecordView>> create(@HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull DutyRecordInput input) {
        return records.create(Callers.of(identity), key, input).map(outcome -> Created.of(outcome, "/api/v1/duty-records/" + outcome.answer().id()));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @DeputyStaffOrAdmin
    @Operation(operationId = "updateDutyRecord", summary = "Change a draft or returned record")
    @StepAnswers
    public Uni<DutyRecordView> edit(@PathParam("id") long id, @Valid @NotNull DutyRecordInput input) {
        return records.edit(Callers.of(identity), id, input);
    }

    @POST
    @Path("/{id}/submit")
    @DeputyStaffOrAdmin
    @Operation(operationId = "submitDutyRecord", summary = "Send a draft or returned record for review")
    @StepAnswers
    public Uni<DutyRecordView> submit(@PathParam("id") long id) {
        return records.submit(Callers.of(identity), id);
    }

    @POST
    @Path("/{id}/publish")
    @StaffOrAdmin
    @Operation(operationId = "publishDutyRecord", summary = "Publish a submitted record; its photos become public")
    @APIResponse(responseCode = "404", description = "NOT_FOUND, also outside the caller's scope")
    @APIResponse(responseCode = "409", description = "ACTION_NOT_ALLOWED_IN_STATE")
    @Ok
    public Uni<DutyRecordView> publish(@PathParam("id") long id) {
        return records.publish(Callers.of(identity), id);
    }

    @POST
    @Path("/{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @StaffOrAdmin
    @Operation(operationId = "returnDutyRecord", summary = "Send a submitted record back to its author with a reason")
    @APIResponse(responseCode = "404", description = "NOT_FOUND, also outside the caller's scope")
    @APIResponse(responseCode = "409", description = "ACTION_NOT_ALLOWED_IN_STATE")
    @Ok
    public Uni<DutyRecordView> sendBack(@PathParam("id") long id, @Valid @NotNull DutyRecords.Reason reason) {
        return records.sendBack(Callers.of(identity), id, reason);
    }
}
