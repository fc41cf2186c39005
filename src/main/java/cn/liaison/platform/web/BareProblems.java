package cn.liaison.platform.web;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.error.ErrorDialect;
import cn.liaison.platform.error.ErrorDialects;
import cn.liaison.platform.error.Problem;
import cn.liaison.platform.error.ProblemResponses;
import cn.liaison.platform.tracing.RequestIds;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;

/**
 * Answers a problem straight from Vert.x, for what is refused before the REST layer runs (and so
 * before its exception mappers and request-id filter): the same body, content type and
 * {@code X-Request-Id} as every other problem. Headers of such a request are read with care, since
 * the request may be one the HTTP codec gave up on halfway.
 */
@ApplicationScoped
public class BareProblems {

    private static final Logger LOG = Logger.getLogger(BareProblems.class);

    private final ObjectMapper json;
    private final ErrorDialects dialects;

    public BareProblems(ObjectMapper json, ErrorDialects dialects) {
        this.json = json;
        this.dialects = dialects;
    }

    /**
     * Sends {@code refusal} as the answer to {@code request}. With {@code close}, the connection is
     * closed after it: what follows on the connection (a body, the rest of a broken request) is not read.
     */
    public void send(HttpServerRequest request, ApiException refusal, boolean close) {
        HttpServerResponse response = request.response();
        if (response.ended() || response.closed()) {
            return;
        }
        String requestId = RequestIds.sanitised(header(request, RequestIds.HEADER));
        Problem problem = ProblemResponses.problem(refusal, header(request, HttpHeaders.ACCEPT_LANGUAGE.toString()), requestId);
        ErrorDialect dialect = dialects.of(path(request)).orElse(null);
        String body;
        try {
            body = json.writeValueAsString(dialect == null ? problem : dialect.body(problem));
        } catch (JsonProcessingException e) {
            LOG.errorf(e, "Problem %s could not be written", refusal.code());
            body = "{\"code\":\"" + refusal.code().name() + "\"}";
        }
        if (response.headWritten()) {
            request.connection().close();
            return;
        }
        response.headers().clear();
        response.setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, dialect == null ? ProblemResponses.PROBLEM_JSON : dialect.mediaType())
                .putHeader(RequestIds.HEADER, requestId);
        if (refusal.retryAfterSeconds() != null) {
            response.putHeader("Retry-After", refusal.retryAfterSeconds().toString());
        }
        if (close) {
            response.putHeader(HttpHeaders.CONNECTION, "close"); // Vert.x closes the connection once it is sent
        }
        response.end(body);
    }

    /** The path as sent, without the query: read from the request line, which may be anything. */
    private static String path(HttpServerRequest request) {
        try {
            String target = request.uri();
            int question = target == null ? -1 : target.indexOf('?');
            return question < 0 ? target : target.substring(0, question);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String header(HttpServerRequest request, String name) {
        try {
            return request.getHeader(name);
        } catch (RuntimeException e) {
            return null; // headers the codec could not finish reading
        }
    }
}
