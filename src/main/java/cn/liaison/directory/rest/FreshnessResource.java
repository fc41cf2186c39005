package cn.liaison.directory.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.liaison.directory.Freshness;
import cn.liaison.directory.service.FreshnessReport;
import cn.liaison.identity.Callers;
import cn.liaison.identity.StaffOrAdmin;
import cn.liaison.platform.paging.Page;
import cn.liaison.platform.paging.PageRequest;
import cn.liaison.platform.web.FinishesOnDisconnect;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@FinishesOnDisconnect
@Path("/api/v1/staff/freshness")
@Tag(name = "Stations")
@Produces(MediaType.APPLICATION_JSON)
@StaffOrAdmin
public class FreshnessResource {

    private final FreshnessReport report;
    private final SecurityIdentity identity;

    public FreshnessResource(FreshnessReport report, SecurityIdentity identity) {
        this.report = report;
        this.identity = identity;
    }

    @GET
    @Path("/stations")
    @Operation(operationId = "listStaleStations", summary = "Stations in scope whose information and duty records have not changed for N days (default 90)")
    public Uni<Page<Freshness.StaleStation>> staleStations(
            @Parameter(description = "Days without change") @QueryParam("days") @Min(1) @Max(3650) Integer days,
            @Valid @BeanParam PageRequest page) {
        return report.staleStations(Callers.of(identity), days, page.cursor, page.limit);
    }

    @GET
    @Path("/deputies")
    @Operation(operationId = "listQuietDeputies", summary = "Deputies in scope with no published duty record this quarter")
    public Uni<Page<Freshness.QuietDeputy>> quietDeputies(@Valid @BeanParam PageRequest page) {
        return report.deputiesWithoutRecordThisQuarter(Callers.of(identity), page.cursor, page.limit);
    }
}
