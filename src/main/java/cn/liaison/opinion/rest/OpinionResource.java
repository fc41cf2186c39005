package cn.liaison.opinion.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import cn.liaison.identity.Callers;
import cn.liaison.identity.Role;
import cn.liaison.opinion.OpinionViews;
import cn.liaison.opinion.service.Commands;
import cn.liaison.opinion.service.NewOpinion;
import cn.liaison.opinion.service.OpinionQueries;
import cn.liaison.opinion.service.OpinionSecrets;
import cn.liaison.opinion.service.OpinionSubmissions;
import cn.liaison.opinion.service.OpinionWorkflow;
import cn.liaison.platform.idempotency.Created;
import cn.liaison.platform.idempotency.Idempotency;
import cn.liaison.platform.openapi.Ok;
import cn.liaison.platform.openapi.OkOrNotFound;
import cn.liaison.platform.openapi.RacedStepAnswers;
import cn.liaison.platform.openapi.StepAnswers;
import cn.liaison.platform.web.ClientAddress;
import cn.liaison.platform.web.FinishesOnDisconnect;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

@FinishesOnDisconnect
@Path("/api/v1/opinions")
@Tag(name = "Opinions")
@Produces(MediaType.APPLICATION_JSON)
public class OpinionResource {

    private final OpinionSubmissions submissions;
    private final OpinionWorkflow workflow;
    private final OpinionSecrets secrets;
    private final OpinionQueries queries;
    private final SecurityIdentity identity;

    public OpinionResource(OpinionSubmissions submissions, OpinionWorkflow workflow, OpinionSecrets secrets,
            OpinionQueries queries, SecurityIdentity identity) {
        this.submissions = submissions;
        this.workflow = workflow;
        this.secrets = secrets;
        this.queries = queries;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.CITIZEN_NAME)
    @Operation(operationId = "submitOpinion", summary = "Submit an opinion (Idempotency-Key required: a retry answers the same opinion)")
    @APIResponseSchema(value = OpinionViews.Detail.class, responseCode = "201", responseDescription = "Submitted, with its tracking number (and lookupCode if confidential)")
    @APIResponse(responseCode = "422", description = "IDEMPOTENCY_KEY_REUSED with another body")
    @APIResponse(responseCode = "429", description = "RATE_LIMITED: 5 an hour, 20 a day per citizen by default")
    public Uni<RestResponse<OpinionViews.Detail>> submit(@HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull NewOpinion input) {
        return submissions.submit(Callers.of(identity), key, input)
                .map(outcome -> Created.of(outcome, "/api/v1/opinions/" + outcome.answer().id()));
    }

    @GET
    @Path("/lookup")
    @Operation(operationId = "lookUpOpinion", summary = "Status and public timeline of a confidential opinion by tracking number and its 6-digit code, without signing in")
    @APIResponse(responseCode = "404", description = "NOT_FOUND: no such number, or a wrong code")
    @APIResponse(responseCode = "423", description = "LOOKUP_CODE_LOCKED: too many wrong codes for this opinion, from any address; staff issue a new one")
    @APIResponse(responseCode = "429", description = "RATE_LIMITED: too many tries from this address")
    @Ok
    public Uni<OpinionViews.Status> lookup(@QueryParam("trackingNo") @Size(max = 24) String trackingNo, @QueryParam("code") @Size(max = 6) String code,
            @Context HttpServerRequest request) {
        return queries.lookup(trackingNo, code, ClientAddress.of(request));
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(operationId = "showOpinion", summary = "Show an opinion as the caller may see it (internal notes for staff in scope and the assigned deputy)")
    @APIResponse(responseCode = "404", description = "NOT_FOUND, also for an opinion the caller may not see")
    @Ok
    public Uni<OpinionViews.Detail> show(@PathParam("id") long id) {
        return queries.show(Callers.of(identity), id);
    }

    @GET
    @Path("/{id}/events")
    @Authenticated
    @Operation(operationId = "listOpinionEvents", summary = "The opinion's timeline as the caller may see it")
    @OkOrNotFound
    public Uni<List<OpinionViews.Event>> events(@PathParam("id") long id) {
        return queries.timeline(Callers.of(identity), id);
    }

    @POST
    @Path("/{id}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(operationId = "acceptOpinion", summary = "Accept (staff in scope): the reply deadline starts")
    @APIResponse(responseCode = "403", description = "FORBIDDEN: the caller's role may not do this")
    @OkOrNotFound
    @APIResponse(responseCode = "409", description = "ACTION_NOT_ALLOWED_IN_STATE, or CONCURRENT_MODIFICATION when a colleague acted first")
    public Uni<OpinionViews.Detail> accept(@PathParam("id") long id, @Valid @NotNull Commands.Accept command) {
        return workflow.accept(Callers.of(identity), id, command);
    }

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(operationId = "rejectOpinion", summary = "Reject with a reason code and a note the citizen sees (staff in scope)")
    @RacedStepAnswers
    public Uni<OpinionViews.Detail> reject(@PathParam("id") long id, @Valid @NotNull Commands.Reject command) {
        return workflow.reject(Callers.of(identity), id, command);
    }

    @POST
    @Path("/{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(operationId = "mergeOpinion", summary = "Merge into a primary opinion; the citizen follows the primary's progress (staff in scope)")
    @RacedStepAnswers
    public Uni<OpinionViews.Detail> merge(@PathParam("id") long id, @Valid @NotNull Commands.Merge command) {
        return workflow.merge(Callers.of(identity), id, command);
    }

    @POST
    @Path("/{id}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(operationId = "assignOpinion", summary = "Route to a deputy (staff in scope)")
    @RacedStepAnswers
    public Uni<OpinionViews.Detail> assign(@PathParam("id") long id, @Valid @NotNull Commands.Assign command) {
        return workflow.assign(Callers.of(identity), id, command);
    }

    @POST
    @Path("/{id}/transfer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(operationId = "transferOpinion", summary = "Transfer to a government department (转办) (staff in scope)")
    @RacedStepAnswers
    public Uni<OpinionViews.Detail> transfer(@PathParam("id") long id, @Valid @NotNull Commands.Transfer command) {
        return workflow.transfer(Callers.of(identity), id, command);
    }

    @POST
    @Path("/{id}/replies")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(operationId = "replyToOpinion", summary = "Reply (the assigned deputy, or staff in scope)")
    @RacedStepAnswers
    public Uni<OpinionViews.Detail> reply(@PathParam("id") long id, @Valid @NotNull Commands.Reply command) {
        return workflow.reply(Callers.of(identity), id, command);
    }

    @POST
    @Path("/{id}/follow-ups")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(operationId = "addFollowUp", summary = "Add information while the opinion is open (its citizen)")
    @StepAnswers
    public Uni<OpinionViews.Detail> followUp(@PathParam("id") long id, @Valid @NotNull Commands.FollowUp command) {
        return workflow.followUp(Callers.of(identity), id, command);
    }

    @POST
    @Path("/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(operationId = "withdrawOpinion", summary = "Withdraw before acceptance (its citizen)")
    @StepAnswers
    public Uni<OpinionViews.Detail> withdraw(@PathParam("id") long id, @Valid @NotNull Commands.Withdraw command) {
        return workflow.withdraw(Callers.of(identity), id, command);
    }

    @POST
    @Path("/{id}/rating")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(operationId = "rateOpinion", summary = "Rate the answer within 7 days of the reply; the first UNSATISFIED reopens, a second closes it flagged")
    @OkOrNotFound
    @APIResponse(responseCode = "409", description = "ACTION_NOT_ALLOWED_IN_STATE or RATING_PERIOD_OVER")
    public Uni<OpinionViews.Detail> rate(@PathParam("id") long id, @Valid @NotNull Commands.RatingInput command) {
        return workflow.rate(Callers.of(identity), id, command);
    }

    @POST
    @Path("/{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(operationId = "addOpinionNote", summary = "Add an internal note (staff in scope); never shown to the citizen")
    @OkOrNotFound
    public Uni<OpinionViews.Detail> note(@PathParam("id") long id, @Valid @NotNull Commands.Note command) {
        return workflow.note(Callers.of(identity), id, command);
    }

    @POST
    @Path("/{id}/lookup-code")
    @Authenticated
    @Operation(operationId = "reissueLookupCode", summary = "A new lookup code for a confidential opinion (staff in scope), after the citizen asked for it at the station; the old one stops working")
    @APIResponse(responseCode = "200", description = "OK: the new code, shown this once")
    @APIResponse(responseCode = "404", description = "NOT_FOUND")
    @APIResponse(responseCode = "409", description = "ACTION_NOT_ALLOWED_IN_STATE: the opinion is not confidential")
    public Uni<Commands.LookupCode> reissueLookupCode(@PathParam("id") long id) {
        return secrets.reissueLookupCode(Callers.of(identity), id);
    }

    @POST
    @Path("/{id}/phone-reveals")
    @Authenticated
    @Operation(operationId = "revealOpinionPhone", summary = "Show the submitter's full phone to staff in scope; leaves an internal event")
    @OkOrNotFound
    @APIResponse(responseCode = "409", description = "NO_PHONE_HELD: none was given, or the submitter deleted their account")
    public Uni<Commands.RevealedPhone> revealPhone(@PathParam("id") long id) {
        return secrets.revealPhone(Callers.of(identity), id);
    }

    @POST
    @Path("/{id}/extension")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(operationId = "extendOpinionDeadline", summary = "Extend the running deadline by some working days, once, with a reason the citizen sees (staff in scope)")
    @OkOrNotFound
    @APIResponse(responseCode = "409", description = "ALREADY_EXTENDED, ACTION_NOT_ALLOWED_IN_STATE or CONCURRENT_MODIFICATION")
    public Uni<OpinionViews.Detail> extend(@PathParam("id") long id, @Valid @NotNull Commands.Extend command) {
        return workflow.extend(Callers.of(identity), id, command);
    }

    @POST
    @Path("/{id}/publication")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(operationId = "publishOpinion", summary = "Publish an answered opinion on the public board, personal data removed (staff in scope)")
    @OkOrNotFound
    @APIResponse(responseCode = "409", description = "NOT_PUBLISHABLE (no consent, or confidential), ACTION_NOT_ALLOWED_IN_STATE")
    public Uni<OpinionViews.Detail> publish(@PathParam("id") long id, @Valid @NotNull Commands.Publish command) {
        return workflow.publish(Callers.of(identity), id, command);
    }

    @POST
    @Path("/{id}/flag-clearance")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(operationId = "clearOpinionFlag", summary = "Release an opinion held for review: the flag goes, the timeline records who (staff in scope)")
    @OkOrNotFound
    @APIResponse(responseCode = "409", description = "ACTION_NOT_ALLOWED_IN_STATE: it is not flagged")
    public Uni<OpinionViews.Detail> clearFlag(@PathParam("id") long id, @Valid @NotNull Commands.ClearFlag command) {
        return workflow.clearFlag(Callers.of(identity), id, command);
    }

    @GET
    @Path("/{id}/publication-preview")
    @Authenticated
    @Operation(operationId = "previewOpinionPublication", summary = "The redacted public text publishing would show, nothing changed (staff in scope)")
    @OkOrNotFound
    @APIResponse(responseCode = "409", description = "NOT_PUBLISHABLE (no consent, or confidential), ACTION_NOT_ALLOWED_IN_STATE")
    public Uni<OpinionViews.PublicationPreview> previewPublication(@PathParam("id") long id) {
        return workflow.previewPublication(Callers.of(identity), id);
    }

    @POST
    @Path("/{id}/unpublication")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(operationId = "unpublishOpinion", summary = "Take an opinion off the public board (staff in scope)")
    @StepAnswers
    public Uni<OpinionViews.Detail> unpublish(@PathParam("id") long id, @Valid @NotNull Commands.Publish command) {
        return workflow.unpublish(Callers.of(identity), id, command);
    }
}
