package cn.liaison.platform.error;

import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import cn.liaison.platform.tracing.RequestIds;

/** Builds problem+json answers in the caller's language. */
public final class ProblemResponses {

    public static final String PROBLEM_JSON = "application/problem+json";

    private ProblemResponses() {
    }

    public static Response of(ApiException e, HttpHeaders headers) {
        Problem body = problem(e, headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE), RequestIds.current());
        Response.ResponseBuilder builder = Response.status(body.status()).type(PROBLEM_JSON).entity(body);
        if (e.retryAfterSeconds() != null) {
            builder.header("Retry-After", e.retryAfterSeconds());
        }
        return builder.build();
    }

    /** The problem body of {@code e} in the language of an Accept-Language header. */
    public static Problem problem(ApiException e, String acceptLanguage, String requestId) {
        Locale locale = Messages.pick(acceptLanguage);
        ErrorCode code = e.code();
        List<Problem.FieldError> errors = e.fieldProblems().stream()
                .map(f -> new Problem.FieldError(f.field(), Messages.text(locale, f.messageKey(), f.args())))
                .toList();
        return new Problem(
                "urn:liaison:problem:" + code.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                Messages.text(locale, "title." + code.status()),
                code.status(),
                Messages.text(locale, code.name(), e.args()),
                code.name(),
                requestId,
                errors);
    }
}
