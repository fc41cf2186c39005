package cn.liaison.platform.error;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of every error answer: RFC 9457 problem details plus our stable {@code code}. Its
 * OpenAPI schema is written by ProblemResponsesFilter.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String code,
        String requestId,
        List<FieldError> errors) {

    public record FieldError(String field, String message) {
    }
}
