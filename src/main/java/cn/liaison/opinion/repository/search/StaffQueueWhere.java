package cn.liaison.opinion.repository.search;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Pattern;

import cn.liaison.identity.Caller;
import cn.liaison.opinion.OpinionLifecycle;
import cn.liaison.opinion.StaffQueueFilter;
import cn.liaison.platform.persistence.Sql;
import cn.liaison.region.Regions;
import io.smallrye.mutiny.Uni;

/** The query a {@link StaffQueueFilter} makes over {@code opinions o}. */
final class StaffQueueWhere {

    private static final Pattern TRACKING_NO = Pattern.compile("(?i)SQ\\d{8}-\\d{6}");

    private StaffQueueWhere() {
    }

    /** The phrase searched in titles and contents; null when there is none or it is a tracking number. */
    static SearchTerm searchTerm(StaffQueueFilter filter) {
        String typed = filter.typed();
        return typed == null || TRACKING_NO.matcher(typed).matches() ? null : SearchTerm.of(typed);
    }

    /**
     * Adds the caller's scope and these filters to a query over {@code opinions o}. The region
     * filter's path is read first, so that it is written into the query as a scope is.
     */
    static Uni<Sql> where(StaffQueueFilter filter, Sql sql, Caller caller, Instant now, Regions regions) {
        if (filter.regionId() == null) {
            return Uni.createFrom().item(where(filter, sql, caller, null, now));
        }
        return regions.filterPath(filter.regionId()).map(path -> where(filter, sql, caller, path, now));
    }

    private static Sql where(StaffQueueFilter filter, Sql sql, Caller caller, String regionPath, Instant now) {
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
        if (filter.state() != null) {
            sql.and("o.state = ?", filter.state().name());
        }
        if (filter.stationId() != null) {
            sql.and("o.station_id = ?", filter.stationId());
        }
        if (filter.categoryId() != null) {
            sql.and("o.category_id = ?", filter.categoryId());
        }
        if (filter.kind() != null) {
            sql.and("o.kind = ?", filter.kind().name());
        }
        if (filter.flagged() != null) {
            sql.and("o.flagged = ?", filter.flagged());
        }
        if (filter.deputyId() != null) {
            sql.and("o.deputy_id = ?", filter.deputyId());
        }
        if (filter.departmentId() != null) {
            sql.and("o.department_id = ?", filter.departmentId());
        }
        if (Boolean.TRUE.equals(filter.overdue())) {
            sql.and("o.due_at < ?", now.atOffset(ZoneOffset.UTC));
        }
        if (filter.supervised() != null) {
            // Under supervision now (督办中): supervised and still waiting for the office, as the workbench counts it.
            String underSupervision = "(o.supervised_at is not null and o.state in (" + Sql.literals(OpinionLifecycle.AWAITING_WORK) + "))";
            sql.and(filter.supervised() ? underSupervision : "not " + underSupervision);
        }
        if (filter.dueBefore() != null) {
            // Still running: due from now on, and before the limit asked for.
            sql.and("o.due_at >= ?", now.atOffset(ZoneOffset.UTC)).and("o.due_at < ?", filter.dueBefore().atOffset(ZoneOffset.UTC));
        }
        String typed = filter.typed();
        if (typed != null && TRACKING_NO.matcher(typed).matches()) {
            sql.and("o.tracking_no = ?", typed.toUpperCase(Locale.ROOT));
        } else if (typed != null) {
            String pattern = Sql.contains(typed);
            sql.and("(o.title like ? or o.content like ?)", pattern, pattern).plannedForItsValues();
        }
        return sql;
    }
}
