package cn.liaison.platform.persistence;

/**
 * The Panache update a feature runs on its own entities (those with a {@code regionPath}) when a
 * region moves: every path that began with {@code from} begins with {@code to} instead. The prefix
 * is written into the text, so that PostgreSQL plans the update for the subtree that moves (a
 * village or a whole county) rather than once for all.
 */
public final class PathMove {

    private PathMove() {
    }

    /** The HQL assignment and condition, to run with {@link #arguments}. */
    public static String update(String from) {
        return "regionPath = concat(?1, substring(regionPath, ?2)) where regionPath like " + Sql.pathPrefix(from);
    }

    public static Object[] arguments(String from, String to) {
        return new Object[] { to, from.length() + 1 };
    }
}
