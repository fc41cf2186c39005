package cn.liaison.platform.web;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.error.ErrorCode;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses, with 400 MALFORMED_REQUEST, a request whose path or query string is not what RFC 3986
 * allows: a character that must be percent-encoded and is not ({@code {} [ ] | ^ < > " \} and the
 * like), a {@code %} not followed by two hex digits, or percent-encoded bytes that are not UTF-8
 * ({@code ?q=%E5%8C}, cut in the middle of 卖). Vert.x decoded the last into U+FFFD and a search
 * then found nothing and answered 200: the client's mistake went unnoticed. Text outside ASCII must
 * be percent-encoded too (browsers, wx.request and uni.request do so).
 * <p>
 * It is also the router's failure handler for what fails before a resource runs (Vert.x Web
 * refuses some paths itself), so that such a failure is a problem too.
 */
@ApplicationScoped
public class WellFormedTargets {

    private static final Logger LOG = Logger.getLogger(WellFormedTargets.class);
    private static final int FIRST_FAILURE_HANDLER = Integer.MIN_VALUE + 1;
    /** Besides letters and digits: unreserved, sub-delims, ':', '@', '/' and, in the query, '?'. */
    private static final String ALLOWED = "-._~!$&'()*+,;=:@/";

    private final BareProblems problems;

    public WellFormedTargets(BareProblems problems) {
        this.problems = problems;
    }

    void register(@Observes Router router) {
        router.route().order(FIRST_FAILURE_HANDLER).failureHandler(this::failed);
    }

    /**
     * Answers 400 for a request whose target is malformed, and says so; {@link InvalidRequests} asks
     * before Quarkus's own check of the target, which would answer a bare 400.
     */
    boolean refused(HttpServerRequest request) {
        String target = request.uri();
        int question = target.indexOf('?');
        String path = question < 0 ? target : target.substring(0, question);
        String query = question < 0 ? "" : target.substring(question + 1);
        String field = !wellFormed(path, false) ? "path" : !wellFormed(query, true) ? "query" : null;
        if (field == null) {
            return false;
        }
        problems.send(request, ApiException.invalidFields(ErrorCode.MALFORMED_REQUEST,
                List.of(new ApiException.FieldProblem(field, "field.malformed"))), false);
        return true;
    }

    /**
     * A failure before the REST layer answered (which answers its own failures with problems):
     * Vert.x Web's refusal of a path it cannot normalise, a body-size limit, a failure of a route
     * of ours. Answered with the status it failed with, as a problem.
     */
    private void failed(RoutingContext context) {
        if (context.response().ended()) {
            return;
        }
        int status = context.statusCode();
        Throwable failure = context.failure();
        ErrorCode code = switch (status) {
            case 400 -> ErrorCode.MALFORMED_REQUEST;
            case 401 -> ErrorCode.UNAUTHENTICATED;
            case 403 -> ErrorCode.FORBIDDEN;
            case 404 -> ErrorCode.NOT_FOUND;
            case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
            case 406 -> ErrorCode.NOT_ACCEPTABLE;
            case 413 -> ErrorCode.REQUEST_TOO_LARGE;
            case 414 -> ErrorCode.URI_TOO_LONG;
            case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
            case 431 -> ErrorCode.HEADERS_TOO_LARGE;
            case 503 -> ErrorCode.SERVICE_UNAVAILABLE;
            default -> status >= 400 && status < 500 ? ErrorCode.MALFORMED_REQUEST : ErrorCode.INTERNAL_ERROR;
        };
        if (code == ErrorCode.INTERNAL_ERROR) {
            LOG.error("Unexpected failure before the REST layer", failure);
        } else {
            LOG.debugf("Refused before the REST layer with %d: %s", status, failure);
        }
        problems.send(context.request(), new ApiException(code), status >= 500 || code == ErrorCode.REQUEST_TOO_LARGE);
    }

    /** Characters RFC 3986 allows in a path (or a query), escapes of two hex digits, and UTF-8 underneath. */
    static boolean wellFormed(String part, boolean query) {
        ByteBuffer bytes = ByteBuffer.allocate(part.length());
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c == '%') {
                if (i + 2 >= part.length()) {
                    return false;
                }
                int high = Character.digit(part.charAt(i + 1), 16);
                int low = Character.digit(part.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return false;
                }
                bytes.put((byte) (high * 16 + low));
                i += 2;
            } else if (c < 0x80 && (Character.isLetterOrDigit(c) || ALLOWED.indexOf(c) >= 0 || (query && c == '?'))) {
                bytes.put((byte) c);
            } else {
                return false;
            }
        }
        bytes.flip();
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes);
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
