package cn.liaison.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.error.ErrorCode;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses a request too large with a problem, before the HTTP layer refuses it without a body: a
 * body announced over {@code quarkus.http.limits.max-body-size} (413), a request line over 4 KB
 * (414), headers over 20 KB (431), the limits Vert.x has by default. The HTTP codec's own limits
 * (quarkus.http.limits.max-initial-line-length, max-header-size) are set four times higher; a request
 * past those is refused by the codec, and answered with the same problems by {@link InvalidRequests}.
 */
@ApplicationScoped
public class TooLarge {

    /** Quarkus checks the body's size in a route of order -2 (VertxHttpRecorder). */
    private static final int BEFORE_THE_LIMIT_CHECK = -3;

    private static final int REQUEST_LINE_LIMIT = 4096;
    private static final int HEADERS_LIMIT = 20 * 1024;

    private final long bodyLimit;
    private final BareProblems problems;

    public TooLarge(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize bodyLimit, BareProblems problems) {
        this.bodyLimit = bodyLimit.asLongValue();
        this.problems = problems;
    }

    void register(@Observes Router router) {
        router.route().order(BEFORE_THE_LIMIT_CHECK).handler(this::refuseTooLarge);
    }

    private void refuseTooLarge(RoutingContext context) {
        var request = context.request();
        ErrorCode refusal = request.uri().length() + request.method().name().length() + 10 > REQUEST_LINE_LIMIT ? ErrorCode.URI_TOO_LONG
                : headersSize(context) > HEADERS_LIMIT ? ErrorCode.HEADERS_TOO_LARGE
                : announcedBody(request.getHeader(HttpHeaders.CONTENT_LENGTH)) > bodyLimit ? ErrorCode.REQUEST_TOO_LARGE
                : null;
        if (refusal == null) {
            context.next();
            return;
        }
        problems.send(request, new ApiException(refusal), true); // a body that follows is not read
    }

    private static long headersSize(RoutingContext context) {
        long size = 0;
        for (var header : context.request().headers()) {
            size += header.getKey().length() + header.getValue().length() + 4;
        }
        return size;
    }

    private static long announcedBody(String contentLength) {
        if (contentLength == null || contentLength.isEmpty() || contentLength.length() > 18
                || !contentLength.chars().allMatch(Character::isDigit)) {
            return 0;
        }
        return Long.parseLong(contentLength);
    }
}
