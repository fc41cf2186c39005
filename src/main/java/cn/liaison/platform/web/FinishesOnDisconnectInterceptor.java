package cn.liaison.platform.web;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import io.smallrye.mutiny.Uni;

@FinishesOnDisconnect
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
public class FinishesOnDisconnectInterceptor {

    @AroundInvoke
    Object shield(InvocationContext invocation) throws Exception {
        Object result = invocation.proceed();
        return result instanceof Uni<?> work ? detached(work) : result;
    }

    /** A cancellation of the returned Uni no longer reaches {@code work}: it completes, and its result is dropped. */
    static <T> Uni<T> detached(Uni<T> work) {
        return Uni.createFrom().emitter(emitter -> work.subscribe().with(emitter::complete, emitter::fail));
    }
}
