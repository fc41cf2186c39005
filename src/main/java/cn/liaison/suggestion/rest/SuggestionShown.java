package cn.liaison.suggestion.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The answers of a read of one deputy suggestion: it, or 404, also for someone who may not see it.
 * <p>
 * The 200 is named because SmallRye OpenAPI adds an operation's success answer itself only when the
 * method declares no answer at all; named here, it still gets its schema from the return type.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@APIResponse(responseCode = "404", description = SuggestionStepAnswers.NOT_FOUND)
@APIResponse(responseCode = "200", description = "OK")
public @interface SuggestionShown {
}
