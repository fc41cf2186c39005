package cn.liaison.platform.openapi;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@link StepAnswers} of a step that a colleague may take at the same moment: the one who comes second
 * is told so (409 CONCURRENT_MODIFICATION) rather than overwriting the first.
 * <p>
 * The 200 is named because SmallRye OpenAPI adds an operation's success answer itself only when the
 * method declares no answer at all; named here, it still gets its schema from the return type.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@APIResponse(responseCode = "404", description = "NOT_FOUND")
@APIResponse(responseCode = "409", description = "ACTION_NOT_ALLOWED_IN_STATE or CONCURRENT_MODIFICATION")
@APIResponse(responseCode = "200", description = "OK")
public @interface RacedStepAnswers {
}
