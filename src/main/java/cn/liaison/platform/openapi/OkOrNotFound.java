package cn.liaison.platform.openapi;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The answers of an operation on one thing named in its path: it, or 404 when there is no such thing.
 * <p>
 * The 200 is named because SmallRye OpenAPI adds an operation's success answer itself only when the
 * method declares no answer at all; named here, it still gets its schema from the return type.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@APIResponse(responseCode = "404", description = "NOT_FOUND")
@APIResponse(responseCode = "200", description = "OK")
public @interface OkOrNotFound {
}
