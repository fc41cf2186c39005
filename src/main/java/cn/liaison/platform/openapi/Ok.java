package cn.liaison.platform.openapi;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The success answer of an operation that names its other answers itself: 200, with the body the
 * method returns.
 * <p>
 * The 200 is named because SmallRye OpenAPI adds an operation's success answer itself only when the
 * method declares no answer at all; named here, it still gets its schema from the return type.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@APIResponse(responseCode = "200", description = "OK")
public @interface Ok {
}
