package cn.liaison.platform.error;

import java.util.List;

/**
 * A failure the client is meant to see: it becomes a problem+json answer with its code. Stack
 * traces are not filled in, since these are expected outcomes, not bugs.
 */
public class ApiException extends RuntimeException {

    private final ErrorCode code;
    private final transient Object[] args;
    private final List<FieldProblem> fieldProblems;
    private final Long retryAfterSeconds;

    public ApiException(ErrorCode code, Object... args) {
        this(code, args, List.of(), null);
    }

    private ApiException(ErrorCode code, Object[] args, List<FieldProblem> fieldProblems, Long retryAfterSeconds) {
        super(code.name(), null, false, false);
        this.code = code;
        this.args = args;
        this.fieldProblems = fieldProblems;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static ApiException notFound() {
        return new ApiException(ErrorCode.NOT_FOUND);
    }

    public static ApiException invalidField(String field, String messageKey, Object... args) {
        return invalidFields(List.of(new FieldProblem(field, messageKey, args)));
    }

    public static ApiException invalidFields(List<FieldProblem> fieldProblems) {
        return invalidFields(ErrorCode.VALIDATION_FAILED, fieldProblems);
    }

    /** A failure of another code that still names the fields at fault (MALFORMED_REQUEST, UNKNOWN_REFERENCE…). */
    public static ApiException invalidFields(ErrorCode code, List<FieldProblem> fieldProblems) {
        return new ApiException(code, new Object[0], List.copyOf(fieldProblems), null);
    }

    public ApiException retryAfter(long seconds) {
        return new ApiException(code, args, fieldProblems, Math.max(1, seconds));
    }

    public ErrorCode code() {
        return code;
    }

    public Object[] args() {
        return args;
    }

    public List<FieldProblem> fieldProblems() {
        return fieldProblems;
    }

    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** A field error whose message is a key of the problem bundles, resolved in the caller's language. */
    public record FieldProblem(String field, String messageKey, Object... args) {
    }
}
