package cn.liaison.opinion.repository.search;

import java.util.regex.Pattern;

import cn.liaison.platform.persistence.Sql;

/**
 * Limits a query over {@code opinions o} to a region and everything below it. The condition is
 * written into the SQL as a literal, so that each region has a plan of its own. Region ids are
 * unique and a path is the chain of ids from the root ('/1/4/'), so below the root a region is one
 * component of the path: V7 and V8 index it with the deadline (staff queue) and the publication
 * (board) for depths one to four, and a list reads just its page. The root and deeper regions,
 * which hold everything or little, are matched by prefix.
 */
public final class OpinionRegions {

    /** Two to five ids: a region at depth one to four. */
    private static final Pattern INDEXED_DEPTH = Pattern.compile("(/\\d+){2,5}/");

    private OpinionRegions() {
    }

    /** The opinions under the region at {@code path}. */
    public static String under(String path) {
        if (INDEXED_DEPTH.matcher(path).matches()) {
            String[] ids = path.split("/");
            return "split_part(o.region_path, '/', " + ids.length + ") = '" + ids[ids.length - 1] + "'";
        }
        return byPrefix(path);
    }

    /** The same opinions matched by path prefix, for an order that no per-depth index holds. */
    public static String byPrefix(String path) {
        return "o.region_path like " + Sql.pathPrefix(path);
    }

}
