package cn.liaison.casework;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;

import cn.liaison.platform.error.ApiException;
import io.smallrye.mutiny.Uni;

/**
 * The one way a step is taken on a case, in every loop, inside the caller's transaction:
 * <ol>
 * <li>load the case with its version (and whatever lock the loop takes first);</li>
 * <li>refuse it the same way everywhere: 404 when there is no such case or the caller may not see
 * it, 403 for a role the table's row does not name, 409 ACTION_NOT_ALLOWED_IN_STATE for a state the
 * row does not start from ({@link Lifecycle#check});</li>
 * <li>move the case as the row says, apply the loop's change, and flush, so that the version check
 * decides a race between two people acting at once (the second is answered 409
 * CONCURRENT_MODIFICATION) before anything else is written;</li>
 * <li>write the step's event on the timeline, then its outbox rows (notifications), and answer.</li>
 * </ol>
 * A loop extends it with what only it knows: how to load its case, read its state, move it, and flush.
 *
 * @param <K> the loop's case (an opinion, a suggestion)
 */
public abstract class GuardedSteps<K, A extends Enum<A>, S extends Enum<S>, R extends Enum<R>, E extends Enum<E>> {

    /** A step that passed the guard: the case as loaded, the caller's role in it, the row it follows, the state it leaves, when. */
    public record Guarded<K, S extends Enum<S>, R extends Enum<R>, E extends Enum<E>>(K kase, R role, Rule<S, R, E> rule, S before,
            Instant now) {
    }

    private final Lifecycle<A, S, R, E> lifecycle;
    private final Clock clock;

    protected GuardedSteps(Lifecycle<A, S, R, E> lifecycle, Clock clock) {
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    /** For the container's client proxy of a loop's bean, which delegates every call and uses no field. */
    protected GuardedSteps() {
        this(null, null);
    }

    /** The case with its version, after any lock the loop takes first; null when there is none. */
    protected abstract Uni<K> load(long id);

    protected abstract S stateOf(K kase);

    /** Moves the case as the row says (a row naming several states leaves the choice to the change). */
    protected abstract void move(K kase, Rule<S, R, E> rule, Instant now);

    /** Writes the case's change now, so that its version check fails here if someone acted first. */
    protected abstract Uni<Void> flush();

    /** What the case works out from the change before it is written (a deadline); nothing by default. */
    protected void settle(K kase) {
    }

    /** Loads the case and checks the step: 404, 403 or 409, in that order. {@code standing}: null when the caller may not see it. */
    protected final Uni<Guarded<K, S, R, E>> guard(long id, A action, Function<K, Uni<Seen<R>>> standing) {
        return load(id).chain(kase -> {
            if (kase == null) {
                return Uni.createFrom().failure(ApiException.notFound());
            }
            return standing.apply(kase).map(seen -> {
                if (seen == null) {
                    throw ApiException.notFound();
                }
                S state = stateOf(kase);
                return new Guarded<>(kase, seen.role(), lifecycle.check(action, state, seen.role()), state, Instant.now(clock));
            });
        });
    }

    /**
     * Takes a guarded step: moves the case, applies {@code change} (whose result, a note say, the event
     * and the news may use), flushes, writes the {@code event}, then the {@code news}, and answers the
     * change's result.
     */
    protected final <N> Uni<N> take(Guarded<K, S, R, E> step, Function<Guarded<K, S, R, E>, Uni<N>> change,
            Function<N, Uni<?>> event, Function<N, Uni<?>> news) {
        move(step.kase(), step.rule(), step.now());
        return change.apply(step)
                .invoke(() -> settle(step.kase()))
                .call(this::flush)
                .call(event)
                .call(news);
    }
}
