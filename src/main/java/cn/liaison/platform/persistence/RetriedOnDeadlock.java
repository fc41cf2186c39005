package cn.liaison.platform.persistence;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * A transaction that PostgreSQL cancelled to break a deadlock (40P01) or a serialization failure
 * (40001) is run again, whole, in a new transaction: nothing of it was kept, and the other writer
 * has finished by then. At most three more tries, after short jittered pauses so that the two do not
 * meet again; then the caller gets 409 CONCURRENT_MODIFICATION as before. An optimistic version
 * check that failed is not retried: the person acted on a state that is gone and must see the new one.
 */
@InterceptorBinding
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface RetriedOnDeadlock {
}
