package cn.liaison.suggestion.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import cn.liaison.identity.Callers;
import cn.liaison.identity.DeputyStaffOrAdmin;
import cn.liaison.identity.Role;
import cn.liaison.identity.StaffOrAdmin;
import cn.liaison.opinion.SuggestionSources;
import cn.liaison.platform.idempotency.Created;
import cn.liaison.platform.idempotency.Idempotency;
import cn.liaison.platform.openapi.Ok;
import cn.liaison.platform.paging.Page;
import cn.liaison.platform.paging.PageRequest;
import cn.liaison.platform.web.FinishesOnDisconnect;
import cn.liaison.suggestion.SuggestionViews;
import cn.liaison.suggestion.service.SuggestionCommands;
import cn.liaison.suggestion.service.SuggestionDrafts;
import cn.liaison.suggestion.service.SuggestionHandling;
import cn.liaison.suggestion.service.SuggestionQueries;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * A deputy suggestion for the people handling it: its deputies (the mini-program) and the office
 * (the console). Whoever may not see one gets 404.
 */
@FinishesOnDisconnect
@Path("/api/v1/suggestions")
@Tag(name = "Deputy suggestions")
@Produces(MediaType.APPLICATION_JSON)
public class SuggestionResource {

    private static final String NOT_FOUND = SuggestionStepAnswers.NOT_FOUND;
    private static final String IN_STATE = SuggestionStepAnswers.IN_STATE;

    private final SuggestionDrafts drafts;
    private final SuggestionHandling handling;
    private final SuggestionQueries queries;
    private final SecurityIdentity identity;

    public SuggestionResource(SuggestionDrafts drafts, SuggestionHandling handling, SuggestionQueries queries, SecurityIdentity identity) {
        this.drafts = drafts;
        this.handling = handling;
        this.queries = queries;
        this.identity = identity;
    }

    @GET
    @Path("/source-texts")
    @RolesAllowed(Role.DEPUTY_NAME)
    @Operation(operationId = "listSuggestionSourceTexts", summary = "The text of opinions assigned to me to draft a suggestion from, personal data removed")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED: an opinion that does not exist or is not assigned to me")
    @Ok
    public Uni<List<SuggestionSources.SourceText>> sourceTexts(
            @Parameter(description = "Repeat for each opinion") @QueryParam("opinionId") @NotEmpty @Size(max = 50) List<@NotNull Long> opinionIds) {
        return drafts.sourceTexts(Callers.of(identity), opinionIds);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.DEPUTY_NAME)
    @Operation(operationId = "createSuggestion", summary = "Draft a suggestion as its lead deputy, asking others to co-sign; idempotent with an Idempotency-Key")
    @APIResponseSchema(value = SuggestionViews.Detail.class, responseCode = "201", responseDescription = "Created as DRAFT")
    @APIResponse(responseCode = "422", description = "IDEMPOTENCY_KEY_REUSED")
    public Uni<RestResponse<SuggestionViews.Detail>> create(@HeaderParam(Idempotency.HEADER) String key,
            @Valid @NotNull SuggestionCommands.Draft input) {
        return drafts.create(Callers.of(identity), key, input).map(outcome -> Created.of(outcome, "/api/v1/suggestions/" + outcome.answer().id()));
    }

    @GET
    @Path("/mine")
    @RolesAllowed(Role.DEPUTY_NAME)
    @Operation(operationId = "listMySuggestions", summary = "Suggestions I lead or was asked to co-sign, newest first")
    public Uni<Page<SuggestionViews.Summary>> mine(@Valid @BeanParam PageRequest page) {
        return queries.mine(Callers.of(identity), page.cursor, page.limit);
    }

    @GET
    @Path("/{id}")
    @DeputyStaffOrAdmin
    @Operation(operationId = "showSuggestion", summary = "A suggestion with its co-signers, departments, answers and what I may do now")
    @SuggestionShown
    public Uni<SuggestionViews.Detail> show(@PathParam("id") long id) {
        return queries.show(Callers.of(identity), id);
    }

    @GET
    @Path("/{id}/events")
    @DeputyStaffOrAdmin
    @Operation(operationId = "listSuggestionEvents", summary = "Its timeline; the office's notes to the office only")
    @SuggestionShown
    public Uni<List<SuggestionViews.Event>> events(@PathParam("id") long id) {
        return queries.events(Callers.of(identity), id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.DEPUTY_NAME)
    @Operation(operationId = "updateSuggestion", summary = "Change a draft (lead deputy); a changed text asks the co-signers again")
    @SuggestionStepAnswers
    public Uni<SuggestionViews.Detail> edit(@PathParam("id") long id, @Valid @NotNull SuggestionCommands.Draft input) {
        return drafts.edit(Callers.of(identity), id, input);
    }

    @POST
    @Path("/{id}/cosignature")
    @RolesAllowed(Role.DEPUTY_NAME)
    @Operation(operationId = "cosignSuggestion", summary = "Confirm that I co-sign (联名) a draft I was asked to")
    @SuggestionStepAnswers
    public Uni<SuggestionViews.Detail> cosign(@PathParam("id") long id) {
        return drafts.cosign(Callers.of(identity), id, true);
    }

    @DELETE
    @Path("/{id}/cosignature")
    @RolesAllowed(Role.DEPUTY_NAME)
    @Operation(operationId = "declineSuggestionCosignature", summary = "Decline to co-sign a draft, or take my confirmation back while it is a draft")
    @SuggestionStepAnswers
    public Uni<SuggestionViews.Detail> decline(@PathParam("id") long id) {
        return drafts.cosign(Callers.of(identity), id, false);
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed(Role.DEPUTY_NAME)
    @Operation(operationId = "submitSuggestion", summary = "Send the draft to the office once every co-signer confirmed")
    @SuggestionShown
    @APIResponse(responseCode = "409", description = "COSIGNERS_PENDING, or " + IN_STATE)
    public Uni<SuggestionViews.Detail> submit(@PathParam("id") long id) {
        return drafts.submit(Callers.of(identity), id);
    }

    @POST
    @Path("/{id}/withdraw")
    @RolesAllowed(Role.DEPUTY_NAME)
    @Operation(operationId = "withdrawSuggestion", summary = "Withdraw it before the office accepts it")
    @SuggestionStepAnswers
    public Uni<SuggestionViews.Detail> withdraw(@PathParam("id") long id) {
        return drafts.withdraw(Callers.of(identity), id);
    }

    @POST
    @Path("/{id}/rating")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.DEPUTY_NAME)
    @Operation(operationId = "rateSuggestion", summary = "Rate the handling as its lead deputy; the first UNSATISFIED sends it back to the departments")
    @SuggestionStepAnswers
    public Uni<SuggestionViews.Detail> rate(@PathParam("id") long id, @Valid @NotNull SuggestionCommands.RatingInput input) {
        return drafts.rate(Callers.of(identity), id, input);
    }

    @POST
    @Path("/{id}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @StaffOrAdmin
    @Operation(operationId = "acceptSuggestion", summary = "Accept it (立案): it takes its number, and the citizens whose opinions it grew from are told")
    @SuggestionStepAnswers
    public Uni<SuggestionViews.Detail> accept(@PathParam("id") long id, @Valid @NotNull SuggestionCommands.Accept input) {
        return handling.accept(Callers.of(identity), id, input);
    }

    @POST
    @Path("/{id}/not-accepted")
    @Consumes(MediaType.APPLICATION_JSON)
    @StaffOrAdmin
    @Operation(operationId = "notAcceptSuggestion", summary = "Do not accept it (不予立案), with a reason the lead deputy reads")
    @SuggestionStepAnswers
    public Uni<SuggestionViews.Detail> notAccept(@PathParam("id") long id, @Valid @NotNull SuggestionCommands.NotAccept input) {
        return handling.notAccept(Callers.of(identity), id, input);
    }

    @POST
    @Path("/{id}/assignment")
    @Consumes(MediaType.APPLICATION_JSON)
    @StaffOrAdmin
    @Operation(operationId = "assignSuggestion", summary = "Assign it (交办) to a lead department and assisting ones; the departments' deadline starts")
    @SuggestionStepAnswers
    public Uni<SuggestionViews.Detail> assign(@PathParam("id") long id, @Valid @NotNull SuggestionCommands.Assign input) {
        return handling.assign(Callers.of(identity), id, input);
    }

    @POST
    @Path("/{id}/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    @StaffOrAdmin
    @Operation(operationId = "recordSuggestionAnswer", summary = "Record a department's written answer with its result class; the last one makes it ANSWERED")
    @SuggestionShown
    @APIResponse(responseCode = "409", description = "ALREADY_ANSWERED in this round, or " + IN_STATE)
    public Uni<SuggestionViews.Detail> answer(@PathParam("id") long id, @Valid @NotNull SuggestionCommands.Answer input) {
        return handling.answer(Callers.of(identity), id, input);
    }

    @POST
    @Path("/{id}/extension")
    @Consumes(MediaType.APPLICATION_JSON)
    @StaffOrAdmin
    @Operation(operationId = "extendSuggestion", summary = "Extend the departments' deadline once, to the longer limit, with a reason")
    @SuggestionShown
    @APIResponse(responseCode = "409", description = "ALREADY_EXTENDED, or " + IN_STATE)
    public Uni<SuggestionViews.Detail> extend(@PathParam("id") long id, @Valid @NotNull SuggestionCommands.Extend input) {
        return handling.extend(Callers.of(identity), id, input);
    }

    @POST
    @Path("/{id}/supervision")
    @Consumes(MediaType.APPLICATION_JSON)
    @StaffOrAdmin
    @Operation(operationId = "superviseSuggestion", summary = "Supervise it (督办) now, naming the leader who leads it if there is one")
    @SuggestionShown
    @APIResponse(responseCode = "409", description = "ALREADY_SUPERVISED, or " + IN_STATE)
    public Uni<SuggestionViews.Detail> supervise(@PathParam("id") long id, @Valid @NotNull SuggestionCommands.Supervise input) {
        return handling.supervise(Callers.of(identity), id, input);
    }

    @POST
    @Path("/{id}/publication")
    @StaffOrAdmin
    @Operation(operationId = "publishSuggestion", summary = "Publish a closed suggestion with its answers, personal data taken out")
    @SuggestionShown
    @APIResponse(responseCode = "409", description = "ALREADY_PUBLISHED, or " + IN_STATE)
    public Uni<SuggestionViews.Detail> publish(@PathParam("id") long id) {
        return handling.publish(Callers.of(identity), id);
    }

    @POST
    @Path("/{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @StaffOrAdmin
    @Operation(operationId = "noteSuggestion", summary = "Add an internal note the office alone reads")
    @SuggestionShown
    public Uni<SuggestionViews.Detail> note(@PathParam("id") long id, @Valid @NotNull SuggestionCommands.Note input) {
        return handling.note(Callers.of(identity), id, input);
    }
}
