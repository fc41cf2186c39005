package cn.liaison.region.rest;

import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

import cn.liaison.platform.error.Messages;
import cn.liaison.platform.openapi.Ok;
import cn.liaison.platform.web.CsvReader;
import cn.liaison.platform.web.FinishesOnDisconnect;
import cn.liaison.region.service.DivisionCodeImport;
import cn.liaison.region.service.RegionAdministration;
import io.smallrye.mutiny.Uni;

@FinishesOnDisconnect
@Path("/api/v1/admin/regions")
@Tag(name = "Regions")
@Produces(MediaType.APPLICATION_JSON)
// The admins' JWT group (identity.Role.ADMIN_NAME), named as text: identity reads regions, and the
// region feature does not read identity back.
@RolesAllowed("ADMIN")
public class RegionAdminResource {

    private final RegionAdministration administration;
    private final DivisionCodeImport divisionCodes;

    public RegionAdminResource(RegionAdministration administration, DivisionCodeImport divisionCodes) {
        this.administration = administration;
        this.divisionCodes = divisionCodes;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @Operation(operationId = "createRegion", summary = "Add a region under a parent (a root without one)")
    @APIResponseSchema(value = RegionView.class, responseCode = "201", responseDescription = "Created")
    @APIResponse(responseCode = "409", description = "REGION_CODE_TAKEN")
    public Uni<RegionView> create(@Valid @NotNull RegionAdministration.NewRegion body) {
        return administration.create(body).map(RegionView::of);
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateRegion", summary = "Rename a region, or deactivate it (it stays on what points at it) and back")
    @Ok
    public Uni<RegionView> update(@PathParam("id") long id, @Valid @NotNull RegionAdministration.RegionChange body) {
        return administration.update(id, body).map(RegionView::of);
    }

    @POST
    @Path("/{id}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "moveRegion", summary = "Move a region and everything below it under another parent (a township merged into another)")
    @APIResponse(responseCode = "200", description = "Moved; stations, deputies, opinions, duty records and scopes below it follow")
    public Uni<RegionView> move(@PathParam("id") long id, @Valid @NotNull RegionAdministration.Move body) {
        return administration.move(id, body).map(RegionView::of);
    }

    @POST
    @Path("/import")
    @Consumes({ "text/csv", MediaType.TEXT_PLAIN, CsvReader.XLSX })
    @Operation(operationId = "importDivisionCodes", summary = "Import the statistics bureau's division codes (统计用区划代码) from CSV (UTF-8 or GB18030) or an XLSX workbook's first sheet; repeatable")
    @APIResponse(responseCode = "200", description = "What was created, renamed and left unchanged, and each refused row with its line")
    @APIResponse(responseCode = "400", description = "CSV_UNREADABLE: an empty file, a heading without 统计用区划代码 or 名称, too many rows, an unclosed quote")
    public Uni<ImportReport> importCodes(@Schema(description = "Columns: 统计用区划代码,名称[,城乡分类代码], with or without that heading row") byte[] csv,
            @Context HttpHeaders headers) {
        Locale locale = Messages.pick(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        return divisionCodes.importCsv(CsvReader.decode(csv)).map(report -> new ImportReport(report.created(), report.updated(),
                report.unchanged(), report.refused().stream()
                        .map(p -> new ImportReport.Refused(p.line(), p.field(), Messages.text(locale, p.messageKey())))
                        .toList()));
    }

    @Schema(name = "DivisionCodeImportReport")
    public record ImportReport(int created, int updated, int unchanged, List<Refused> refused) {

        @Schema(name = "RefusedRegionRow")
        public record Refused(int line, String field, String reason) {
        }
    }
}
