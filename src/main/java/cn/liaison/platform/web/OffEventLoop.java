package cn.liaison.platform.web;

import java.util.function.Supplier;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/** Runs CPU-heavy or blocking work on a worker thread and comes back to the caller's Vert.x context. */
public final class OffEventLoop {

    private OffEventLoop() {
    }

    /**
     * Hibernate Reactive must continue on the context it started on, hence the way back; outside
     * Vert.x (at start-up) the work simply runs on the worker pool.
     */
    public static <T> Uni<T> run(Supplier<T> work) {
        Context caller = Vertx.currentContext();
        Uni<T> uni = Uni.createFrom().item(work).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
        return caller == null ? uni : uni.emitOn(command -> caller.runOnContext(ignored -> command.run()));
    }
}
