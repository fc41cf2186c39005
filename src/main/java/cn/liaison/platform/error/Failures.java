package cn.liaison.platform.error;

import java.io.IOException;
import java.net.SocketException;
import java.nio.channels.ClosedChannelException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hibernate.JDBCException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;

import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.core.http.HttpClosedException;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import jakarta.persistence.OptimisticLockException;

/**
 * Classifies failures of the layers below the service: which are a race another request won
 * (409), which are what the client sent as PostgreSQL saw it (4xx), and which an outage (503).
 */
public final class Failures {

    private static final String QUERY_CANCELED = "57014";
    /** Shutting down, crashed, starting up or recovering, too many connections. */
    private static final Set<String> SERVER_AWAY = Set.of("57P01", "57P02", "57P03", "53300");
    private static final Pattern KEY_COLUMN = Pattern.compile("Key \\(([a-z_]+)\\)");

    private Failures() {
    }

    /**
     * Another request changed the row first (optimistic version check), or PostgreSQL broke a deadlock
     * (40P01) or a serialization failure (40001) by cancelling this transaction: the caller may retry.
     */
    public static boolean isConcurrentModification(Throwable e) {
        return find(e, StaleStateException.class).isPresent() || find(e, OptimisticLockException.class).isPresent() || isDeadlock(e);
    }

    /** PostgreSQL cancelled the transaction to break a deadlock (40P01) or a serialization failure (40001). */
    public static boolean isDeadlock(Throwable e) {
        String state = sqlState(e);
        return "40P01".equals(state) || "40001".equals(state);
    }

    /** PostgreSQL stopped the statement at its statement_timeout (the searches pool sets one). */
    public static boolean isStatementTimeout(Throwable e) {
        return QUERY_CANCELED.equals(sqlState(e));
    }

    /** PostgreSQL is not there: refused, reset, closed, shutting down, starting up, out of connections. */
    public static boolean isDatabaseUnreachable(Throwable e) {
        String state = sqlState(e);
        if (state != null) {
            return SERVER_AWAY.contains(state) || state.startsWith("08");
        }
        return find(e, ClosedConnectionException.class).isPresent()
                || find(e, ConnectionPoolTooBusyException.class).isPresent()
                || find(e, SocketException.class).isPresent()
                || find(e, ClosedChannelException.class).isPresent()
                || find(e, IOException.class).filter(io -> String.valueOf(io.getMessage()).contains("Connection reset")).isPresent()
                || find(e, io.vertx.core.VertxException.class).filter(v -> String.valueOf(v.getMessage()).contains("closed"))
                        // the client's HTTP connection closing under its request is not the database's
                        .filter(v -> !(v instanceof HttpClosedException)).isPresent();
    }

    /**
     * What PostgreSQL refused of the data itself, as the answer the client gets: a unique key taken
     * (409, with the code that names the constraint), a referenced row missing (422), text or a value
     * it cannot take (400). Empty for anything else.
     */
    public static Optional<ApiException> refusedData(Throwable e) {
        return Optional.ofNullable(switch (String.valueOf(sqlState(e))) {
            case "23505" -> new ApiException(ErrorCode.ofConstraint(constraint(e)).orElse(ErrorCode.ALREADY_EXISTS));
            case "23503" -> unknownReference(e);
            case "22021" -> new ApiException(ErrorCode.TEXT_NOT_STORABLE);
            case "22001", "23514", "22003", "22008", "22007", "22P02" -> new ApiException(ErrorCode.MALFORMED_REQUEST);
            default -> null;
        });
    }

    private static ApiException unknownReference(Throwable e) {
        ErrorCode code = ErrorCode.ofConstraint(constraint(e)).orElse(ErrorCode.UNKNOWN_REFERENCE);
        return column(e).map(field -> ApiException.invalidFields(code, List.of(new ApiException.FieldProblem(field, "field.unknown-reference"))))
                .orElseGet(() -> new ApiException(code));
    }

    /**
     * The SQLSTATE of a failure, as the reactive client reports it or as Hibernate passes it on
     * (Hibernate Reactive turns the client's exception into a JDBC-style one at flush).
     */
    private static String sqlState(Throwable e) {
        return find(e, PgException.class).map(PgException::getSqlState)
                .or(() -> find(e, JDBCException.class).map(JDBCException::getSQLState))
                .orElse(null);
    }

    private static String constraint(Throwable e) {
        return find(e, PgException.class).map(PgException::getConstraint)
                .or(() -> find(e, ConstraintViolationException.class).map(ConstraintViolationException::getConstraintName))
                .orElse(null);
    }

    /** The column of a key PostgreSQL reports ("Key (region_id)=(9) is not present…"), as the API names it. */
    private static Optional<String> column(Throwable e) {
        String detail = find(e, PgException.class).map(PgException::getDetail)
                .or(() -> find(e, JDBCException.class).map(JDBCException::getMessage)).orElse("");
        Matcher key = KEY_COLUMN.matcher(detail);
        if (!key.find()) {
            return Optional.empty();
        }
        StringBuilder camel = new StringBuilder();
        boolean upper = false;
        for (char c : key.group(1).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                camel.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return Optional.of(camel.toString());
    }

    private static <T extends Throwable> Optional<T> find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }
}
