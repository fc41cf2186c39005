package cn.liaison.suggestion.rest;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.liaison.platform.openapi.Ok;
import cn.liaison.platform.paging.Page;
import cn.liaison.platform.paging.PageRequest;
import cn.liaison.platform.web.FinishesOnDisconnect;
import cn.liaison.suggestion.SuggestionViews;
import cn.liaison.suggestion.service.SuggestionQueries;
import io.smallrye.mutiny.Uni;

/** Published suggestions and the yearly figures, for anyone. */
@FinishesOnDisconnect
@Path("/api/v1/public/suggestions")
@Tag(name = "Deputy suggestions")
@Produces(MediaType.APPLICATION_JSON)
public class PublicSuggestionResource {

    private final SuggestionQueries queries;

    public PublicSuggestionResource(SuggestionQueries queries) {
        this.queries = queries;
    }

    @GET
    @Operation(operationId = "listPublicSuggestions", summary = "Published suggestions, newest first")
    public Uni<Page<SuggestionViews.PublishedSummary>> list(@Valid @BeanParam PageRequest page) {
        return queries.published(page.cursor, page.limit);
    }

    @GET
    @Path("/figures")
    @Operation(operationId = "showPublicSuggestionFigures", summary = "A year's suggestions: how many, by result class, answered on time, rated satisfied")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED: not a year with figures")
    @Ok
    public Uni<SuggestionViews.YearFigures> figures(@Parameter(description = "This year by default") @QueryParam("year") Integer year) {
        return queries.yearFigures(year);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "showPublicSuggestion", summary = "A published suggestion with its departments' answers, personal data taken out")
    @APIResponse(responseCode = "404", description = "NOT_FOUND, also for one not published")
    @Ok
    public Uni<SuggestionViews.Published> show(@PathParam("id") long id) {
        return queries.publishedOne(id);
    }
}
