package cn.liaison.casework;

import java.util.Set;

/**
 * One row of a case's lifecycle table: the step may be taken from the states {@code from}, by the
 * roles {@code by}; it leads to one of {@code to} and writes an event of type {@code event}.
 * <p>
 * {@code to} empty: the state stays (a note, an extension). One state: the step always leads there.
 * Several: what the step finds decides among them (the last department's answer, the rating given),
 * and the case names its choice through {@link #into}, so that no state is ever set outside the table.
 */
public record Rule<S extends Enum<S>, R extends Enum<R>, E extends Enum<E>>(Set<S> from, Set<S> to, Set<R> by, E event) {

    public Rule {
        from = Set.copyOf(from);
        to = Set.copyOf(to);
        by = Set.copyOf(by);
    }

    /** The state after the step, where the table alone decides it: {@code current} when the step keeps the state. */
    public S after(S current) {
        return to.isEmpty() ? current : target();
    }

    /** The one state this step always leads to (what a sweep writes in a statement). */
    public S target() {
        if (to.size() != 1) {
            throw new IllegalStateException(event + " leads to one of " + to + ": the case names which, with into(...)");
        }
        return to.iterator().next();
    }

    /** {@code chosen}, once the table is seen to allow it as where this step leads. */
    public S into(S chosen) {
        if (!to.contains(chosen)) {
            throw new IllegalStateException(event + " does not lead to " + chosen + " by the table, only to " + to);
        }
        return chosen;
    }

    /** Whether {@code role} may take the step in {@code state}. */
    public boolean allows(S state, R role) {
        return role != null && by.contains(role) && from.contains(state);
    }
}
