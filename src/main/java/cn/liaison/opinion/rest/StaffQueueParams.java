package cn.liaison.opinion.rest;

import java.time.Instant;
import java.util.function.IntFunction;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import cn.liaison.opinion.OpinionKind;
import cn.liaison.opinion.OpinionState;
import cn.liaison.opinion.StaffQueueFilter;

/** The staff queue's filters as query parameters, shared by the queue and its CSV export. */
public class StaffQueueParams {

    @QueryParam("state")
    public OpinionState state;

    @QueryParam("regionId")
    public Long regionId;

    @QueryParam("stationId")
    public Long stationId;

    @QueryParam("categoryId")
    public Long categoryId;

    @QueryParam("kind")
    public OpinionKind kind;

    @QueryParam("flagged")
    public Boolean flagged;

    @QueryParam("deputyId")
    public Long deputyId;

    @QueryParam("departmentId")
    public Long departmentId;

    @QueryParam("overdue")
    public Boolean overdue;

    @QueryParam("q")
    @Parameter(description = "Chinese substrings in title and content, a single character or longer, or a whole tracking number"
            + " (SQ20261125-000123). A search that runs longer than a second answers 503 SEARCH_TIMED_OUT.")
    @Size(max = 100)
    public String text;

    @QueryParam("supervised")
    @Parameter(description = "true: under supervision now (督办, still waiting for the office); false: all others")
    public Boolean supervised;

    @QueryParam("dueWithinWorkingDays")
    @Parameter(description = "Still running and due by the end of this many working days from today (the workbench's 'due soon')")
    @Min(0)
    @Max(60)
    public Integer dueWithinWorkingDays;

    /** {@code dueLimit} turns a number of working days into the instant they end. */
    StaffQueueFilter filter(IntFunction<Instant> dueLimit) {
        return new StaffQueueFilter(state, regionId, stationId, categoryId, kind, flagged, deputyId, departmentId, overdue, supervised,
                dueWithinWorkingDays == null ? null : dueLimit.apply(dueWithinWorkingDays), text);
    }
}
