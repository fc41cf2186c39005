package cn.liaison.opinion.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestMulti;

import cn.liaison.identity.Role;
import cn.liaison.identity.rest.Callers;
import cn.liaison.opinion.OpinionKind;
import cn.liaison.opinion.OpinionState;
import cn.liaison.opinion.service.OpinionExport;
import cn.liaison.opinion.service.OpinionQueries;
import cn.liaison.opinion.service.OpinionViews;
import cn.liaison.opinion.service.StaffQueueFilter;
import cn.liaison.platform.paging.Page;
import cn.liaison.platform.paging.PageRequest;
import cn.liaison.platform.web.FinishesOnDisconnect;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@FinishesOnDisconnect
@Path("/api/v1")
@Tag(name = "Opinions")
@Produces(MediaType.APPLICATION_JSON)
public class OpinionListsResource {

    private final OpinionQueries queries;
    private final OpinionExport export;
    private final SecurityIdentity identity;

    public OpinionListsResource(OpinionQueries queries, OpinionExport export, SecurityIdentity identity) {
        this.queries = queries;
        this.export = export;
        this.identity = identity;
    }

    @GET
    @Path("/deputy/opinions")
    @RolesAllowed(Role.DEPUTY_NAME)
    @Operation(summary = "Opinions assigned to me as a deputy, newest first")
    public Uni<Page<OpinionViews.Summary>> assigned(@Valid @BeanParam PageRequest page) {
        return queries.assignedTo(Callers.of(identity), page.cursor, page.limit);
    }

    @GET
    @Path("/staff/opinions")
    @RolesAllowed({ Role.STAFF_NAME, Role.ADMIN_NAME })
    @Operation(summary = "The staff queue within scope, by deadline, with filters")
    public Uni<Page<OpinionViews.Summary>> queue(@QueryParam("state") OpinionState state, @QueryParam("regionId") Long regionId,
            @QueryParam("stationId") Long stationId, @QueryParam("categoryId") Long categoryId, @QueryParam("kind") OpinionKind kind,
            @QueryParam("flagged") Boolean flagged, @QueryParam("deputyId") Long deputyId,
            @QueryParam("departmentId") Long departmentId, @QueryParam("overdue") Boolean overdue, @QueryParam("q") String text,
            @Valid @BeanParam PageRequest page) {
        return queries.queue(Callers.of(identity), new StaffQueueFilter(state, regionId, stationId, categoryId, kind, flagged,
                deputyId, departmentId, overdue, text), page.cursor, page.limit);
    }

    @GET
    @Path("/staff/opinions/export")
    @Produces("text/csv")
    @RolesAllowed({ Role.STAFF_NAME, Role.ADMIN_NAME })
    @Operation(summary = "The filtered staff queue as CSV (UTF-8 with BOM for Excel), streamed however many rows")
    public RestMulti<byte[]> export(@QueryParam("state") OpinionState state, @QueryParam("regionId") Long regionId,
            @QueryParam("stationId") Long stationId, @QueryParam("categoryId") Long categoryId, @QueryParam("kind") OpinionKind kind,
            @QueryParam("flagged") Boolean flagged, @QueryParam("deputyId") Long deputyId,
            @QueryParam("departmentId") Long departmentId, @QueryParam("overdue") Boolean overdue, @QueryParam("q") String text) {
        var filter = new StaffQueueFilter(state, regionId, stationId, categoryId, kind, flagged, deputyId, departmentId, overdue, text);
        return RestMulti.fromMultiData(export.csv(Callers.of(identity), filter))
                .header("Content-Type", "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"opinions.csv\"")
                .build();
    }
}
