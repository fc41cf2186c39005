package cn.liaison.opinion.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestMulti;

import cn.liaison.identity.Callers;
import cn.liaison.identity.Role;
import cn.liaison.identity.StaffOrAdmin;
import cn.liaison.opinion.OpinionViews;
import cn.liaison.opinion.service.OpinionExport;
import cn.liaison.opinion.service.OpinionQueries;
import cn.liaison.opinion.service.StaffQueue;
import cn.liaison.platform.paging.Page;
import cn.liaison.platform.paging.PageRequest;
import cn.liaison.platform.web.CsvReader;
import cn.liaison.platform.web.FinishesOnDisconnect;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@FinishesOnDisconnect
@Path("/api/v1")
@Tag(name = "Opinions")
@Produces(MediaType.APPLICATION_JSON)
public class OpinionListsResource {

    private final OpinionQueries queries;
    private final StaffQueue staffQueue;
    private final OpinionExport export;
    private final SecurityIdentity identity;

    public OpinionListsResource(OpinionQueries queries, StaffQueue staffQueue, OpinionExport export, SecurityIdentity identity) {
        this.queries = queries;
        this.staffQueue = staffQueue;
        this.export = export;
        this.identity = identity;
    }

    @GET
    @Path("/deputy/opinions")
    @RolesAllowed(Role.DEPUTY_NAME)
    @Operation(operationId = "listAssignedOpinions", summary = "Opinions assigned to me as a deputy, newest first")
    public Uni<Page<OpinionViews.Summary>> assigned(@Valid @BeanParam PageRequest page) {
        return queries.assignedTo(Callers.of(identity), page.cursor, page.limit);
    }

    @GET
    @Path("/staff/opinions")
    @StaffOrAdmin
    @Operation(operationId = "listStaffOpinions", summary = "The staff queue within scope, by deadline, with filters")
    public Uni<Page<OpinionViews.Summary>> queue(@Valid @BeanParam StaffQueueParams filters, @Valid @BeanParam PageRequest page) {
        return staffQueue.queue(Callers.of(identity), filters.filter(staffQueue::dueWithin), page.cursor, page.limit);
    }

    @GET
    @Path("/staff/workbench")
    @StaffOrAdmin
    @Operation(operationId = "showWorkbench", summary = "What waits for my office now, and twelve months received and answered (工作台)")
    public Uni<OpinionViews.Workbench> workbench() {
        return staffQueue.workbench(Callers.of(identity));
    }

    @GET
    @Path("/staff/opinions/export")
    @Produces("text/csv")
    @StaffOrAdmin
    @Operation(operationId = "exportStaffOpinions", summary = "The filtered staff queue as CSV (UTF-8 with BOM for Excel), streamed however many rows")
    public RestMulti<byte[]> export(@Valid @BeanParam StaffQueueParams filters) {
        return RestMulti.fromMultiData(export.csv(Callers.of(identity), filters.filter(staffQueue::dueWithin)))
                .header("Content-Type", "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"opinions.csv\"")
                .build();
    }

    @GET
    @Path("/staff/opinions/export/xlsx")
    @Produces(CsvReader.XLSX)
    @StaffOrAdmin
    @Operation(operationId = "exportStaffOpinionsXlsx", summary = "The filtered staff queue as an Excel workbook, streamed however many rows (a next sheet past Excel's 1,048,576)")
    public RestMulti<byte[]> exportXlsx(@Valid @BeanParam StaffQueueParams filters) {
        return RestMulti.fromMultiData(export.xlsx(Callers.of(identity), filters.filter(staffQueue::dueWithin)))
                .header("Content-Type", CsvReader.XLSX)
                .header("Content-Disposition", "attachment; filename=\"opinions.xlsx\"")
                .build();
    }
}
