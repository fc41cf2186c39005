package cn.liaison.opinion.repository.search;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Pattern;

import cn.liaison.identity.Caller;
import cn.liaison.opinion.OpinionKind;
import cn.liaison.opinion.OpinionLifecycle;
import cn.liaison.opinion.OpinionState;
import cn.liaison.platform.persistence.Sql;
import cn.liaison.region.Regions;
import io.smallrye.mutiny.Uni;

/**
 * Filters of the staff queue; all optional. {@code text} finds Chinese substrings in title and
 * content, or the one opinion whose tracking number it is: what staff type when a citizen calls.
 */
public record StaffQueueFilter(OpinionState state, Long regionId, Long stationId, Long categoryId, OpinionKind kind,
        Boolean flagged, Long deputyId, Long departmentId, Boolean overdue, Boolean supervised, Instant dueBefore, String text) {

    private static final Pattern TRACKING_NO = Pattern.compile("(?i)SQ\\d{8}-\\d{6}");

    /** The phrase searched in titles and contents; null when there is none or it is a tracking number. */
    SearchTerm searchTerm() {
        String typed = typed();
        return typed == null || TRACKING_NO.matcher(typed).matches() ? null : SearchTerm.of(typed);
    }

    private String typed() {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * Adds the caller's scope and these filters to a query over {@code opinions o}. The region
     * filter's path is read first, so that it is written into the query as a scope is.
     */
    Uni<Sql> where(Sql sql, Caller caller, Instant now, Regions regions) {
        if (regionId == null) {
            return Uni.createFrom().item(where(sql, caller, null, now));
        }
        return regions.filterPath(regionId).map(path -> where(sql, caller, path, now));
    }

    private Sql where(Sql sql, Caller caller, String regionPath, Instant now) {
        String scope = caller.scopePrefix();
        if (regionPath != null) {
            if (scope == null || regionPath.startsWith(scope)) {
                scope = regionPath;
            } else if (!scope.startsWith(regionPath)) {
                scope = Regions.NOWHERE;
            }
        }
        if (scope != null) {
            sql.and(OpinionRegions.under(scope));
        }
        if (state != null) {
            sql.and("o.state = ?", state.name());
        }
        if (stationId != null) {
            sql.and("o.station_id = ?", stationId);
        }
        if (categoryId != null) {
            sql.and("o.category_id = ?", categoryId);
        }
        if (kind != null) {
            sql.and("o.kind = ?", kind.name());
        }
        if (flagged != null) {
            sql.and("o.flagged = ?", flagged);
        }
        if (deputyId != null) {
            sql.and("o.deputy_id = ?", deputyId);
        }
        if (departmentId != null) {
            sql.and("o.department_id = ?", departmentId);
        }
        if (Boolean.TRUE.equals(overdue)) {
            sql.and("o.due_at < ?", now.atOffset(ZoneOffset.UTC));
        }
        if (supervised != null) {
            // Under supervision now (督办中): supervised and still waiting for the office, as the workbench counts it.
            String underSupervision = "(o.supervised_at is not null and o.state in (" + Sql.literals(OpinionLifecycle.AWAITING_WORK) + "))";
            sql.and(supervised ? underSupervision : "not " + underSupervision);
        }
        if (dueBefore != null) {
            // Still running: due from now on, and before the limit asked for.
            sql.and("o.due_at >= ?", now.atOffset(ZoneOffset.UTC)).and("o.due_at < ?", dueBefore.atOffset(ZoneOffset.UTC));
        }
        String typed = typed();
        if (typed != null && TRACKING_NO.matcher(typed).matches()) {
            sql.and("o.tracking_no = ?", typed.toUpperCase(Locale.ROOT));
        } else if (typed != null) {
            String pattern = Sql.contains(typed);
            sql.and("(o.title like ? or o.content like ?)", pattern, pattern).plannedForItsValues();
        }
        return sql;
    }
}
