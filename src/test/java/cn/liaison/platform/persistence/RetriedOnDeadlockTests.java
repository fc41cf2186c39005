package cn.liaison.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.StaleStateException;
import org.junit.jupiter.api.Test;

import cn.liaison.platform.error.Failures;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgException;

/**
 * A transaction PostgreSQL cancelled to break a deadlock runs again in a transaction of its own, on
 * the request's Vert.x context (Hibernate Reactive refuses any other thread), at most three more
 * times; a stale version is the person's to see, never retried.
 */
@QuarkusTest
class RetriedOnDeadlockTests {

    @Inject
    Stubborn stubborn;

    @Inject
    Vertx vertx;

    @Test
    void aTransactionCancelledByADeadlockRunsAgainAndItsAnswerArrives() throws Exception {
        stubborn.failFirst(2, () -> new PgException("deadlock detected", "ERROR", "40P01", null));
        assertEquals(1, onARequestsContext(stubborn::work));
        assertEquals(3, stubborn.tries());
    }

    @Test
    void aSerializationFailureToo() throws Exception {
        stubborn.failFirst(1, () -> new PgException("could not serialize access", "ERROR", "40001", null));
        assertEquals(1, onARequestsContext(stubborn::work));
        assertEquals(2, stubborn.tries());
    }

    @Test
    void afterThreeMoreTriesTheDeadlockReachesTheCallerAsAConflict() {
        stubborn.failFirst(100, () -> new PgException("deadlock detected", "ERROR", "40P01", null));
        ExecutionException failed = assertThrows(ExecutionException.class, () -> onARequestsContext(stubborn::work));
        assertTrue(Failures.isConcurrentModification(failed.getCause()), failed.toString());
        assertEquals(4, stubborn.tries());
    }

    @Test
    void aStaleVersionIsNotRetried() {
        stubborn.failFirst(100, () -> new StaleStateException("the row changed"));
        ExecutionException failed = assertThrows(ExecutionException.class, () -> onARequestsContext(stubborn::work));
        assertInstanceOf(StaleStateException.class, failed.getCause());
        assertEquals(1, stubborn.tries());
    }

    /** As a request runs: on a duplicated Vert.x context marked safe for Hibernate Reactive. */
    private <T> T onARequestsContext(java.util.function.Supplier<Uni<T>> work) throws Exception {
        CompletableFuture<T> answer = new CompletableFuture<>();
        Context context = VertxContext.getOrCreateDuplicatedContext(vertx);
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(nothing -> work.get().subscribe().with(answer::complete, answer::completeExceptionally));
        return answer.get(10, TimeUnit.SECONDS);
    }

    /** Fails its first tries with the given failure, each after a real query in its own transaction. */
    @ApplicationScoped
    @WithTransaction
    @RetriedOnDeadlock
    public static class Stubborn {

        private final AtomicInteger tries = new AtomicInteger();
        private volatile int failing;
        private volatile java.util.function.Supplier<RuntimeException> failure;

        public int tries() {
            return tries.get();
        }

        public void failFirst(int count, java.util.function.Supplier<RuntimeException> failure) {
            tries.set(0);
            this.failing = count;
            this.failure = failure;
        }

        public Uni<Integer> work() {
            int attempt = tries.incrementAndGet();
            return Panache.getSession()
                    .chain(session -> session.createNativeQuery("select 1", Integer.class).getSingleResult())
                    .map(one -> {
                        if (attempt <= failing) {
                            throw failure.get();
                        }
                        return one;
                    });
        }
    }
}
