package cn.liaison.platform.error;

import java.net.ConnectException;

import io.vertx.pgclient.PgException;

/** Classifies infrastructure failures so that an outage answers 503, not 500. */
public final class Failures {

    private static final String QUERY_CANCELED = "57014";

    private Failures() {
    }

    /** Another request changed the row first (optimistic version check). */
    public static boolean isConcurrentModification(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            if (name.contains("OptimisticLock") || name.contains("StaleObjectState") || name.contains("StaleState")) {
                return true;
            }
        }
        return false;
    }

    /** PostgreSQL stopped the statement at its statement_timeout (the searches pool sets one). */
    public static boolean isStatementTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PgException pg && QUERY_CANCELED.equals(pg.getSqlState())) {
                return true;
            }
        }
        return false;
    }

    public static boolean isDatabaseUnreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException
                    || t instanceof io.vertx.core.VertxException && String.valueOf(t.getMessage()).contains("closed")
                    || t.getClass().getName().startsWith("io.vertx.sqlclient.ClosedConnectionException")
                    || t.getClass().getName().equals("io.vertx.core.http.ConnectionPoolTooBusyException")) {
                return true;
            }
        }
        return false;
    }
}
