package cn.liaison.platform.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * The work of these endpoints runs to its end even when the client goes away mid-request.
 *
 * <p>Quarkus cancels a resource's {@code Uni} when the HTTP connection closes; Hibernate Reactive
 * then abandons the transaction and its connection stays "idle in transaction" forever (Quarkus
 * issue 51576). A phone on a weak network disconnects all the time, so every resource carries this.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
public @interface FinishesOnDisconnect {
}
