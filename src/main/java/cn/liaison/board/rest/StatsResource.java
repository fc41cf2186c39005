package cn.liaison.board.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.liaison.board.OpenFigures;
import cn.liaison.board.StaffFigures;
import cn.liaison.board.StatsViews;
import cn.liaison.identity.Callers;
import cn.liaison.identity.Role;
import cn.liaison.opinion.OpinionFigures;
import cn.liaison.platform.openapi.Ok;
import cn.liaison.platform.web.FinishesOnDisconnect;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@FinishesOnDisconnect
@Path("/api/v1")
@Tag(name = "Statistics")
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource {

    private final OpenFigures open;
    private final StaffFigures staff;
    private final SecurityIdentity identity;

    public StatsResource(OpenFigures open, StaffFigures staff, SecurityIdentity identity) {
        this.open = open;
        this.staff = staff;
        this.identity = identity;
    }

    @GET
    @Path("/public/stats")
    @Operation(operationId = "showPublicStats", summary = "How a region's opinions were answered in a period of months: totals, by category, by region, month by month (at most a minute old)")
    @APIResponse(responseCode = "404", description = "NOT_FOUND: no such region")
    @Ok
    public Uni<StatsViews.PublicStats> publicStats(@QueryParam("regionId") @Parameter(description = "Default: everywhere") Long regionId,
            @QueryParam("from") @Size(max = 7) @Parameter(description = "First month, 2026-01; default: January of the last month's year") String from,
            @QueryParam("to") @Size(max = 7) @Parameter(description = "Last month, 2026-11; default: this month") String to) {
        return open.of(regionId, from, to);
    }

    // The enum of a parameter with a default is spelled out: beside a $ref the default is written as
    // an allOf whose order changes from build to build, and the contract must not.
    @GET
    @Path("/staff/stats")
    @RolesAllowed({ Role.STAFF_NAME, Role.ADMIN_NAME })
    @Operation(operationId = "showStaffStats", summary = "Figures within my scope per station, deputy or department, with backlog and overdue counts now")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatsViews.StaffStats.class)))
    public Uni<Response> staffStats(@QueryParam("by") @DefaultValue("STATION") @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = { "STATION", "DEPUTY", "DEPARTMENT" }, defaultValue = "STATION")) OpinionFigures.By by,
            @QueryParam("from") @Size(max = 7) String from, @QueryParam("to") @Size(max = 7) String to, @Context HttpHeaders request) {
        return staff.of(Callers.of(identity), by, from, to).map(prepared -> prepared.answer(request));
    }
}
