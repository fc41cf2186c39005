package cn.liaison.platform.tracing;

import java.util.Collection;
import java.util.TreeSet;

import org.jboss.logging.MDC;

/**
 * Who is calling, in every log line of the request from the moment they are known (MDC, which
 * Quarkus keeps per request on the Vert.x context): the user id and roles, never a name, phone or
 * token, so that an operator can follow one account through the logs without reading personal data.
 */
public final class LogContext {

    public static final String USER_ID = "userId";
    public static final String ROLE = "role";

    private LogContext() {
    }

    public static void caller(long userId, Collection<String> roles) {
        MDC.put(USER_ID, Long.toString(userId));
        MDC.put(ROLE, String.join(",", new TreeSet<>(roles)));
    }
}
