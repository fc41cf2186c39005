package cn.liaison.platform.error;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Turns every failure into problem+json. Whatever fails, no stack trace, class name or SQL reaches
 * a client: unexpected failures are logged with the request id and answered with a bare code.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response api(ApiException e, HttpHeaders headers) {
        return ProblemResponses.of(e, headers);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, HttpHeaders headers) {
        List<ApiException.FieldProblem> fields = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            fields.add(fieldProblem(violation));
        }
        return ProblemResponses.of(ApiException.invalidFields(fields), headers);
    }

    @ServerExceptionMapper
    public Response malformed(JsonProcessingException e, HttpHeaders headers) {
        return ProblemResponses.of(new ApiException(ErrorCode.MALFORMED_REQUEST), headers);
    }

    @ServerExceptionMapper({ AuthenticationFailedException.class, AuthenticationCompletionException.class, UnauthorizedException.class })
    public Response unauthenticated(RuntimeException e, HttpHeaders headers) {
        ApiException cause = apiCause(e);
        return ProblemResponses.of(cause != null ? cause : new ApiException(ErrorCode.UNAUTHENTICATED), headers);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers) {
        return ProblemResponses.of(new ApiException(ErrorCode.FORBIDDEN), headers);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpHeaders headers) {
        ErrorCode code = switch (e.getResponse().getStatus()) {
            case 401 -> ErrorCode.UNAUTHENTICATED;
            case 403 -> ErrorCode.FORBIDDEN;
            case 404 -> ErrorCode.NOT_FOUND;
            case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
            case 406 -> ErrorCode.NOT_ACCEPTABLE;
            case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
            case 503 -> ErrorCode.SERVICE_UNAVAILABLE;
            default -> e.getResponse().getStatus() < 500 ? ErrorCode.MALFORMED_REQUEST : ErrorCode.INTERNAL_ERROR;
        };
        if (code == ErrorCode.INTERNAL_ERROR) {
            LOG.error("Unexpected web failure", e);
        }
        return ProblemResponses.of(new ApiException(code), headers);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers) {
        ApiException cause = apiCause(e);
        if (cause != null) {
            return ProblemResponses.of(cause, headers);
        }
        if (Failures.isConcurrentModification(e)) {
            return ProblemResponses.of(new ApiException(ErrorCode.CONCURRENT_MODIFICATION), headers);
        }
        if (Failures.isStatementTimeout(e)) {
            LOG.warnf("Search stopped at its statement timeout: %s", e.toString());
            return ProblemResponses.of(new ApiException(ErrorCode.SEARCH_TIMED_OUT), headers);
        }
        if (Failures.isDatabaseUnreachable(e)) {
            LOG.warnf("Database unreachable: %s", e.toString());
            return ProblemResponses.of(new ApiException(ErrorCode.SERVICE_UNAVAILABLE), headers);
        }
        LOG.error("Unexpected failure", e);
        return ProblemResponses.of(new ApiException(ErrorCode.INTERNAL_ERROR), headers);
    }

    /**
     * Constraints either name a key of ours ({@code message = "field.phone"}) or keep the standard
     * template, which maps to {@code constraint.<Annotation>} with the annotation's bounds as arguments.
     */
    private static ApiException.FieldProblem fieldProblem(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        var descriptor = violation.getConstraintDescriptor();
        Map<String, Object> attributes = descriptor.getAttributes();
        String key = template.startsWith("{")
                ? "constraint." + descriptor.getAnnotation().annotationType().getSimpleName()
                : template;
        Object[] args = Stream.of("min", "max", "value").filter(attributes::containsKey).map(attributes::get).toArray();
        return new ApiException.FieldProblem(fieldName(violation.getPropertyPath()), key, args);
    }

    private static ApiException apiCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ApiException api) {
                return api;
            }
        }
        return null;
    }

    /** The name the client sent: the last property or parameter of the path, not {@code create.arg0}. */
    private static String fieldName(Path path) {
        String name = "";
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.PARAMETER) {
                name = node.getName();
            }
        }
        return name;
    }
}
