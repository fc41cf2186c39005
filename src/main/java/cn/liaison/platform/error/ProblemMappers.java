package cn.liaison.platform.error;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Turns every failure into problem+json. Whatever fails, no stack trace, class name or SQL reaches
 * a client: what the client sent wrong is named by field, a race another request won is a 409, an
 * outage a 503, and only a bug is a 500, logged with the request id and answered with a bare code.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final long DATABASE_RETRY_AFTER_SECONDS = 5;

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

    /**
     * A body that is not the JSON the operation reads. Each Jackson failure is listed, since the REST
     * layer brings mappers of its own for some of them that answer an empty 400.
     */
    @ServerExceptionMapper({ JsonProcessingException.class, StreamReadException.class, JsonMappingException.class,
            MismatchedInputException.class, InvalidFormatException.class, InvalidNullException.class,
            ValueInstantiationException.class, UnstorableText.class })
    public Response malformed(JsonProcessingException e, HttpHeaders headers) {
        String field = e instanceof JsonMappingException mapping ? path(mapping) : path(e);
        ErrorCode code = e instanceof UnstorableText ? ErrorCode.TEXT_NOT_STORABLE
                : e instanceof InvalidNullException ? ErrorCode.VALIDATION_FAILED // well-formed, but a null where none may be
                : ErrorCode.MALFORMED_REQUEST;
        if (field.isEmpty()) {
            return ProblemResponses.of(new ApiException(code), headers);
        }
        String message = e instanceof UnstorableText ? "field.unstorable"
                : e instanceof InvalidNullException && field.endsWith("]") ? "field.null-element"
                : String.valueOf(e.getOriginalMessage()).startsWith("Duplicate field") ? "field.duplicate-key"
                : "field.malformed";
        return ProblemResponses.of(ApiException.invalidFields(code, List.of(new ApiException.FieldProblem(field, message))), headers);
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

    /**
     * A path, query or header value that did not convert to its parameter's type: the REST layer
     * says 404 (path and query) or 400 with the conversion failure as the cause; both are a 400 here.
     */
    @ServerExceptionMapper({ NotFoundException.class, BadRequestException.class })
    public Response unparsed(WebApplicationException e, HttpHeaders headers, UriInfo uri, ResourceInfo resource) {
        if (e.getCause() == null) {
            return web(e, headers);
        }
        List<ApiException.FieldProblem> fields = UnparsedParameters.of(resource, uri, headers).stream()
                .map(name -> new ApiException.FieldProblem(name, "field.malformed")).toList();
        return ProblemResponses.of(ApiException.invalidFields(ErrorCode.MALFORMED_REQUEST, fields), headers);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpHeaders headers) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformed(json, headers); // the JSON reader wraps what it does not rethrow
        }
        ErrorCode code = switch (e.getResponse().getStatus()) {
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
        Optional<ApiException> refused = Failures.refusedData(e);
        if (refused.isPresent()) {
            LOG.debugf("PostgreSQL refused the data: %s", e);
            return ProblemResponses.of(refused.get(), headers);
        }
        if (Failures.isStatementTimeout(e)) {
            LOG.warnf("Search stopped at its statement timeout: %s", e.toString());
            return ProblemResponses.of(new ApiException(ErrorCode.SEARCH_TIMED_OUT), headers);
        }
        if (Failures.isDatabaseUnreachable(e)) {
            LOG.warnf("Database unreachable: %s", e.toString());
            return ProblemResponses.of(new ApiException(ErrorCode.DATABASE_UNAVAILABLE).retryAfter(DATABASE_RETRY_AFTER_SECONDS), headers);
        }
        if (e instanceof IOException) {
            // Nothing of ours throws IOException (files go through Vert.x): this is the request's body
            // failing to arrive whole, a multipart body without its boundary or cut short, say.
            LOG.debugf("Request body unreadable: %s", e);
            return ProblemResponses.of(new ApiException(ErrorCode.MALFORMED_REQUEST), headers);
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

    /** The JSON path of the value that failed, as a client writes it: {@code otherStationIds[0]}, {@code [0].day}. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference step : e.getPath()) {
            if (step.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** Where the parser stood when the text stopped being JSON (a key given twice, say). */
    private static String path(JsonProcessingException e) {
        if (!(e instanceof StreamReadException read) || read.getProcessor() == null) {
            return "";
        }
        List<String> steps = new ArrayList<>();
        for (JsonStreamContext at = read.getProcessor().getParsingContext(); at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inObject() && at.getCurrentName() != null) {
                steps.add(0, (at.getParent() != null && !at.getParent().inRoot() ? "." : "") + at.getCurrentName());
            } else if (at.inArray()) {
                steps.add(0, "[" + Math.max(0, at.getCurrentIndex()) + "]");
            }
        }
        return String.join("", steps);
    }
}
