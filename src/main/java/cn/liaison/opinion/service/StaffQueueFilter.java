package cn.liaison.opinion.service;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Pattern;

import cn.liaison.identity.Caller;
import cn.liaison.opinion.OpinionKind;
import cn.liaison.opinion.OpinionState;
import cn.liaison.platform.persistence.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Filters of the staff queue; all optional. {@code text} finds Chinese substrings in title and
 * content, or the one opinion whose tracking number it is: what staff type when a citizen calls.
 */
public record StaffQueueFilter(OpinionState state, Long regionId, Long stationId, Long categoryId, OpinionKind kind,
        Boolean flagged, Long deputyId, Long departmentId, Boolean overdue, String text) {

    private static final Pattern TRACKING_NO = Pattern.compile("(?i)SQ\\d{8}-\\d{6}");
    /** A path of two to five ids: a region at depth one to four, which opinions_scope{depth}_idx serves. */
    private static final Pattern SCOPE_BY_ID = Pattern.compile("(/\\d+){2,5}/");
    private static final String NO_REGION = "/none/";

    /**
     * Adds the caller's scope and these filters to a query over {@code opinions o}. The region
     * filter's path is read first, so that it is written into the query as a scope is.
     */
    Uni<Sql> where(Sql sql, Caller caller, Instant now, Pool pool) {
        if (regionId == null) {
            return Uni.createFrom().item(where(sql, caller, null, now));
        }
        return pool.preparedQuery("select path from regions where id = $1").execute(Tuple.of(regionId))
                .map(rows -> where(sql, caller, rows.size() == 0 ? NO_REGION : rows.iterator().next().getString("path"), now));
    }

    private Sql where(Sql sql, Caller caller, String regionPath, Instant now) {
        String scope = caller.scopePrefix();
        if (regionPath != null) {
            if (scope == null || regionPath.startsWith(scope)) {
                scope = regionPath;
            } else if (!scope.startsWith(regionPath)) {
                scope = NO_REGION;
            }
        }
        if (scope != null) {
            sql.and(under(scope));
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
        if (text != null && !text.isBlank()) {
            String term = text.strip();
            if (TRACKING_NO.matcher(term).matches()) {
                sql.and("o.tracking_no = ?", term.toUpperCase(Locale.ROOT));
            } else {
                String pattern = Sql.contains(term);
                sql.and("(o.title like ? or o.content like ?)", pattern, pattern);
            }
        }
        return sql;
    }

    /**
     * The opinions under the region at {@code path}, written as a literal so that each scope has a
     * plan of its own. At depths one to four the region's id is compared with one component of the
     * path, which V7 indexes with the deadline: the queue reads exactly its page. The root and deeper
     * regions are matched by prefix.
     */
    static String under(String path) {
        if (SCOPE_BY_ID.matcher(path).matches()) {
            String[] ids = path.split("/");
            return "split_part(o.region_path, '/', " + ids.length + ") = '" + ids[ids.length - 1] + "'";
        }
        return "o.region_path like " + Sql.pathPrefix(path);
    }
}
