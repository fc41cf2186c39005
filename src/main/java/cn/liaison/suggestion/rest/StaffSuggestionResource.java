package cn.liaison.suggestion.rest;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.liaison.identity.Callers;
import cn.liaison.identity.StaffOrAdmin;
import cn.liaison.platform.openapi.Ok;
import cn.liaison.platform.paging.Page;
import cn.liaison.platform.paging.PageRequest;
import cn.liaison.platform.web.FinishesOnDisconnect;
import cn.liaison.suggestion.SuggestionState;
import cn.liaison.suggestion.SuggestionViews;
import cn.liaison.suggestion.service.SuggestionQueries;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** The office's suggestions: the queue in scope and the figures. */
@FinishesOnDisconnect
@Path("/api/v1/staff/suggestions")
@Tag(name = "Deputy suggestions")
@Produces(MediaType.APPLICATION_JSON)
@StaffOrAdmin
public class StaffSuggestionResource {

    private final SuggestionQueries queries;
    private final SecurityIdentity identity;

    public StaffSuggestionResource(SuggestionQueries queries, SecurityIdentity identity) {
        this.queries = queries;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "listStaffSuggestions", summary = "Submitted suggestions in my scope, earliest deadline first, then those with none")
    public Uni<Page<SuggestionViews.Summary>> queue(@QueryParam("state") SuggestionState state,
            @Parameter(description = "true: supervised (督办) and still waiting for answers") @QueryParam("supervised") Boolean supervised,
            @Valid @BeanParam PageRequest page) {
        return queries.queue(Callers.of(identity), state, Boolean.TRUE.equals(supervised), page.cursor, page.limit);
    }

    @GET
    @Path("/figures")
    @Operation(operationId = "showSuggestionFigures", summary = "Per department (of suggestions accepted in the period) and per lead deputy (submitted in it): classes, on time, satisfaction")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED: the period is invalid or longer than three years")
    @Ok
    public Uni<SuggestionViews.StaffFigures> figures(
            @Parameter(description = "First day, local time; the first of January of the last day's year by default") @QueryParam("from") LocalDate from,
            @Parameter(description = "Last day, included; today by default") @QueryParam("to") LocalDate to) {
        return queries.staffFigures(Callers.of(identity), from, to);
    }
}
