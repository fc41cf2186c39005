package cn.liaison.suggestion.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The answers of a step on a deputy suggestion: done; 404 also for someone who may not see it, as if
 * it did not exist; 409 when its state does not allow the step, or someone took one at the same moment.
 * <p>
 * The 200 is named because SmallRye OpenAPI adds an operation's success answer itself only when the
 * method declares no answer at all; named here, it still gets its schema from the return type.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@APIResponse(responseCode = "404", description = SuggestionStepAnswers.NOT_FOUND)
@APIResponse(responseCode = "409", description = SuggestionStepAnswers.IN_STATE)
@APIResponse(responseCode = "200", description = "OK")
public @interface SuggestionStepAnswers {

    String NOT_FOUND = "NOT_FOUND, also for someone who may not see it";

    String IN_STATE = "ACTION_NOT_ALLOWED_IN_STATE, or CONCURRENT_MODIFICATION when someone acted at the same moment";
}
