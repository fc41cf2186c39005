package cn.liaison.platform.tracing;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is sane, otherwise its
 * trace id, so that the id a user reads from an error finds the request's trace and log lines. It
 * is echoed in the answer, put in problem bodies and in every log line (MDC, which Quarkus keeps
 * per request on the Vert.x context). A caller's own id is noted on the trace.
 */
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    private static final String MDC_KEY = "requestId";
    private static final String TRACE_ATTRIBUTE = "liaison.request_id";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    @ServerRequestFilter(preMatching = true)
    public void assign(ContainerRequestContext request) {
        String given = request.getHeaderString(HEADER);
        SpanContext trace = Span.current().getSpanContext();
        String id;
        if (given != null && SANE.matcher(given).matches()) {
            id = given;
            Span.current().setAttribute(TRACE_ATTRIBUTE, id);
        } else {
            id = trace.isValid() ? trace.getTraceId() : UUID.randomUUID().toString();
        }
        request.setProperty(MDC_KEY, id);
        MDC.put(MDC_KEY, id);
    }

    @ServerResponseFilter
    public void echo(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(MDC_KEY);
        if (id != null) {
            response.getHeaders().putSingle(HEADER, id);
        }
    }

    /** The caller's request id when it is sane, a new one otherwise. */
    public static String sanitised(String given) {
        return given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
    }

    /** The id of the request being served, or null outside a request. */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }
}
