package cn.liaison.platform.openapi;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * An operation with a rate limit of its own: 429, with Retry-After (which the contract's filter adds).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@APIResponse(responseCode = "429", description = "RATE_LIMITED, with Retry-After")
public @interface RateLimited {
}
