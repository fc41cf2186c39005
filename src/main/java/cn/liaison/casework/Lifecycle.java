package cn.liaison.casework;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.error.ErrorCode;

/**
 * A case's lifecycle as data: for each action ({@code A}), the {@link Rule} saying from which states
 * ({@code S}), by which roles ({@code R}), to which state and with which event ({@code E}). Each
 * loop writes its table once, as a constant; the kernel reads it to offer the actions allowed now and
 * to refuse the others, the same way in every loop.
 */
public final class Lifecycle<A extends Enum<A>, S extends Enum<S>, R extends Enum<R>, E extends Enum<E>> {

    private final Map<A, Rule<S, R, E>> rules;
    private final Set<R> neverOffered;

    private Lifecycle(Map<A, Rule<S, R, E>> rules, Set<R> neverOffered) {
        this.rules = rules;
        this.neverOffered = neverOffered;
    }

    /**
     * A table of {@code actions}, to be filled row by row. The {@code unattended} roles (the system's
     * sweeps) take their rows themselves, so those are never offered to a person.
     */
    @SafeVarargs
    public static <A extends Enum<A>, S extends Enum<S>, R extends Enum<R>, E extends Enum<E>> Table<A, S, R, E> of(Class<A> actions,
            R... unattended) {
        return new Table<>(new EnumMap<>(actions), Set.of(unattended));
    }

    /** The rows, in the order of the actions' enum. */
    public static final class Table<A extends Enum<A>, S extends Enum<S>, R extends Enum<R>, E extends Enum<E>> {

        private final EnumMap<A, Rule<S, R, E>> rules;
        private final Set<R> unattended;

        private Table(EnumMap<A, Rule<S, R, E>> rules, Set<R> unattended) {
            this.rules = rules;
            this.unattended = unattended;
        }

        /** A row: {@code to} empty keeps the state; more than one lets the case choose (see {@link Rule#into}). */
        public Table<A, S, R, E> step(A action, Collection<S> from, Collection<S> to, Collection<R> by, E event) {
            if (rules.put(action, new Rule<>(Set.copyOf(from), Set.copyOf(to), Set.copyOf(by), event)) != null) {
                throw new IllegalArgumentException(action + " has two rows");
            }
            return this;
        }

        public Lifecycle<A, S, R, E> build() {
            return new Lifecycle<>(new EnumMap<>(rules), unattended);
        }
    }

    public Rule<S, R, E> rule(A action) {
        Rule<S, R, E> rule = rules.get(action);
        if (rule == null) {
            throw new IllegalArgumentException(action + " has no row in the table");
        }
        return rule;
    }

    /** What {@code role} may do in {@code state} by the table, in the actions' order; unattended rows are never offered. */
    public List<A> allowed(S state, R role) {
        if (role == null || neverOffered.contains(role)) {
            return List.of();
        }
        return rules.entrySet().stream().filter(e -> e.getValue().allows(state, role)).map(Map.Entry::getKey).toList();
    }

    /**
     * The rule of {@code action} when {@code role} may take it in {@code state}; otherwise the problem
     * every loop answers alike: 403 FORBIDDEN for a role the row does not name, then 409
     * ACTION_NOT_ALLOWED_IN_STATE (naming the state) for a state it does not start from. Whether the
     * caller may see the case at all (404) is asked before, by the loop.
     */
    public Rule<S, R, E> check(A action, S state, R role) {
        Rule<S, R, E> rule = rule(action);
        if (role == null || !rule.by().contains(role)) {
            throw new ApiException(ErrorCode.FORBIDDEN);
        }
        if (!rule.from().contains(state)) {
            throw new ApiException(ErrorCode.ACTION_NOT_ALLOWED_IN_STATE, state.name());
        }
        return rule;
    }
}
