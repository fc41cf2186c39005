package cn.liaison.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.error.ErrorCode;
import cn.liaison.platform.error.Problem;
import cn.liaison.platform.error.ProblemResponses;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers a body announced larger than {@code quarkus.http.limits.max-body-size} with a problem,
 * before the HTTP layer's own check, which answers 413 without a body. (A URI or headers too long
 * are refused by the HTTP codec before any route; Quarkus offers no hook there, so those answers
 * stay bare 414 and 431.)
 */
@ApplicationScoped
public class BodyTooLarge {

    /** Quarkus checks the body's size in a route of order -2 (VertxHttpRecorder). */
    private static final int BEFORE_THE_LIMIT_CHECK = -3;

    private final long limit;
    private final ObjectMapper json;

    public BodyTooLarge(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit, ObjectMapper json) {
        this.limit = limit.asLongValue();
        this.json = json;
    }

    void register(@Observes Router router) {
        router.route().order(BEFORE_THE_LIMIT_CHECK).handler(this::refuseTooLarge);
    }

    private void refuseTooLarge(RoutingContext context) {
        String announced = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (announced == null || !announced.chars().allMatch(Character::isDigit) || announced.length() > 18
                || Long.parseLong(announced) <= limit) {
            context.next();
            return;
        }
        String requestId = RequestIds.sanitised(context.request().getHeader(RequestIds.HEADER));
        Problem problem = ProblemResponses.problem(new ApiException(ErrorCode.REQUEST_TOO_LARGE),
                context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE), requestId);
        try {
            context.response().setStatusCode(problem.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, ProblemResponses.PROBLEM_JSON)
                    .putHeader(RequestIds.HEADER, requestId)
                    .putHeader(HttpHeaders.CONNECTION, "close") // the body that follows is not read
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }
}
