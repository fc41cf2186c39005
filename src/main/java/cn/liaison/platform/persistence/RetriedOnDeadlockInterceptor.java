package cn.liaison.platform.persistence;

import java.util.concurrent.ThreadLocalRandom;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import org.jboss.logging.Logger;

import cn.liaison.platform.error.Failures;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Runs a {@code Uni} method again when PostgreSQL cancelled its transaction to break a deadlock. It
 * sits outside {@code @WithTransaction} (priority 200), so each try has its own session and
 * transaction; the pause is a Vert.x timer on the request's context, where Hibernate Reactive must
 * run, not a thread of Mutiny's.
 */
@RetriedOnDeadlock
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class RetriedOnDeadlockInterceptor {

    private static final Logger LOG = Logger.getLogger(RetriedOnDeadlockInterceptor.class);
    private static final int MORE_TRIES = 3;
    private static final long FIRST_PAUSE_MILLIS = 10;

    @AroundInvoke
    Object retried(InvocationContext invocation) throws Exception {
        Context context = Vertx.currentContext();
        if (context == null || !Uni.class.isAssignableFrom(invocation.getMethod().getReturnType())) {
            return invocation.proceed();
        }
        return attempt(invocation, context, 1);
    }

    private static Uni<Object> attempt(InvocationContext invocation, Context context, int tries) {
        return Uni.createFrom().deferred(() -> proceed(invocation))
                .onFailure(e -> tries <= MORE_TRIES && Failures.isDeadlock(e))
                .recoverWithUni(e -> {
                    LOG.debugf("%s was cancelled by PostgreSQL (%s); try %d", invocation.getMethod().getName(), e.getMessage(), tries + 1);
                    return pause(context, tries).chain(() -> attempt(invocation, context, tries + 1));
                });
    }

    /** 10, 20, 40 ms, each between half and one and a half of it, so that the two writers do not meet again. */
    private static Uni<Void> pause(Context context, int tries) {
        long millis = Math.max(1, Math.round((FIRST_PAUSE_MILLIS << (tries - 1)) * (0.5 + ThreadLocalRandom.current().nextDouble())));
        return Uni.createFrom().emitter(done -> context.runOnContext(now -> context.owner().setTimer(millis, fired -> done.complete(null))));
    }

    @SuppressWarnings("unchecked")
    private static Uni<Object> proceed(InvocationContext invocation) {
        try {
            return (Uni<Object>) invocation.proceed();
        } catch (Exception e) {
            return Uni.createFrom().failure(e);
        }
    }
}
