package cn.liaison.directory.rest;

import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.liaison.directory.service.DeputyImport;
import cn.liaison.identity.Callers;
import cn.liaison.identity.StaffOrAdmin;
import cn.liaison.platform.error.Messages;
import cn.liaison.platform.web.CsvReader;
import cn.liaison.platform.web.FinishesOnDisconnect;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@FinishesOnDisconnect
@Path("/api/v1/admin/deputies/import")
@Tag(name = "Administration")
public class DeputyImportResource {

    private final DeputyImport deputyImport;
    private final SecurityIdentity identity;

    public DeputyImportResource(DeputyImport deputyImport, SecurityIdentity identity) {
        this.deputyImport = deputyImport;
        this.identity = identity;
    }

    @POST
    @Consumes({ "text/csv", MediaType.TEXT_PLAIN, CsvReader.XLSX })
    @Produces(MediaType.APPLICATION_JSON)
    @StaffOrAdmin
    @Operation(operationId = "importDeputyRoster", summary = "Import deputies from a CSV roster in UTF-8 (BOM allowed) or GB18030/GBK as Excel on Chinese Windows saves it, or an XLSX workbook's first sheet, matched on 编号/rosterKey; repeatable")
    @APIResponse(responseCode = "200", description = "What was created, updated and left unchanged, and each refused row with its line")
    @APIResponse(responseCode = "400", description = "CSV_UNREADABLE: no heading row, a required column missing, an unclosed quote")
    public Uni<ImportReport> importRoster(@Schema(description = "Columns: 编号,姓名,性别,民族,级别,届次,职业,工作单位,联络站编号,其他联络站编号,联系方式 (or rosterKey,name,gender,ethnicity,level,term,occupation,workUnit,stationId,otherStationIds,publicContact)") byte[] csv,
            @Context HttpHeaders headers) {
        Locale locale = Messages.pick(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        return deputyImport.importCsv(Callers.of(identity), CsvReader.decode(csv)).map(report -> new ImportReport(report.created, report.updated,
                report.unchanged, report.problems.stream()
                        .map(p -> new ImportReport.Refused(p.line(), p.field(), Messages.text(locale, p.messageKey())))
                        .toList()));
    }

    @Schema(name = "DeputyImportReport")
    public record ImportReport(int created, int updated, int unchanged, List<Refused> refused) {

        public record Refused(int line, String field, String reason) {
        }
    }
}
