package cn.liaison.suggestion;

import static cn.liaison.suggestion.SuggestionRole.ADMIN;
import static cn.liaison.suggestion.SuggestionRole.COSIGNER;
import static cn.liaison.suggestion.SuggestionRole.LEAD_DEPUTY;
import static cn.liaison.suggestion.SuggestionRole.STAFF;
import static cn.liaison.suggestion.SuggestionRole.SYSTEM;
import static cn.liaison.suggestion.SuggestionState.ACCEPTED;
import static cn.liaison.suggestion.SuggestionState.ANSWERED;
import static cn.liaison.suggestion.SuggestionState.ASSIGNED;
import static cn.liaison.suggestion.SuggestionState.CLOSED;
import static cn.liaison.suggestion.SuggestionState.DRAFT;
import static cn.liaison.suggestion.SuggestionState.NOT_ACCEPTED;
import static cn.liaison.suggestion.SuggestionState.SUBMITTED;
import static cn.liaison.suggestion.SuggestionState.WITHDRAWN;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A suggestion's handling as data, in the shape of the opinions' loop: which action is allowed from
 * which state, by whom, where it leads and what the timeline records.
 *
 * <pre>
 * DRAFT ─submit─▶ SUBMITTED ─accept (立案)─▶ ACCEPTED ─assign (交办)─▶ ASSIGNED ─every department answered─▶ ANSWERED ─rate─▶ CLOSED
 *   └─withdraw─┴─▶ WITHDRAWN   └─not accept─▶ NOT_ACCEPTED            ▲                                        │
 *                                                                       └───────── rate 不满意 (once) ──────────┘
 * </pre>
 *
 * The sweep applies the system's row; nothing else in the code decides this.
 */
public final class SuggestionLifecycle {

    /** {@code to == null}: the state does not change, or depends on the input (an answer, a rating). */
    public record Rule(Set<SuggestionState> from, SuggestionState to, Set<SuggestionRole> by, SuggestionEventType event) {
    }

    private static final Set<SuggestionRole> OFFICE = Set.of(STAFF, ADMIN);
    private static final Set<SuggestionRole> THE_LEAD = Set.of(LEAD_DEPUTY);

    private static final Map<SuggestionAction, Rule> RULES = new EnumMap<>(Map.ofEntries(
            Map.entry(SuggestionAction.EDIT, new Rule(Set.of(DRAFT), null, THE_LEAD, SuggestionEventType.EDITED)),
            Map.entry(SuggestionAction.COSIGN, new Rule(Set.of(DRAFT), null, Set.of(COSIGNER), SuggestionEventType.COSIGNED)),
            Map.entry(SuggestionAction.DECLINE_COSIGN, new Rule(Set.of(DRAFT), null, Set.of(COSIGNER), SuggestionEventType.COSIGN_DECLINED)),
            Map.entry(SuggestionAction.SUBMIT, new Rule(Set.of(DRAFT), SUBMITTED, THE_LEAD, SuggestionEventType.SUBMITTED)),
            Map.entry(SuggestionAction.WITHDRAW, new Rule(Set.of(DRAFT, SUBMITTED), WITHDRAWN, THE_LEAD, SuggestionEventType.WITHDRAWN)),
            Map.entry(SuggestionAction.ACCEPT, new Rule(Set.of(SUBMITTED), ACCEPTED, OFFICE, SuggestionEventType.ACCEPTED)),
            Map.entry(SuggestionAction.NOT_ACCEPT, new Rule(Set.of(SUBMITTED), NOT_ACCEPTED, OFFICE, SuggestionEventType.NOT_ACCEPTED)),
            Map.entry(SuggestionAction.ASSIGN, new Rule(Set.of(ACCEPTED), ASSIGNED, OFFICE, SuggestionEventType.ASSIGNED)),
            Map.entry(SuggestionAction.ANSWER, new Rule(Set.of(ASSIGNED), null, OFFICE, SuggestionEventType.ANSWERED)),
            Map.entry(SuggestionAction.EXTEND, new Rule(Set.of(ASSIGNED), null, OFFICE, SuggestionEventType.EXTENDED)),
            Map.entry(SuggestionAction.SUPERVISE, new Rule(Set.of(ASSIGNED), null, OFFICE, SuggestionEventType.SUPERVISED)),
            Map.entry(SuggestionAction.RATE, new Rule(Set.of(ANSWERED), null, THE_LEAD, SuggestionEventType.RATED)),
            Map.entry(SuggestionAction.PUBLISH, new Rule(Set.of(CLOSED), null, OFFICE, SuggestionEventType.PUBLISHED)),
            Map.entry(SuggestionAction.NOTE, new Rule(EnumSet.allOf(SuggestionState.class), null, OFFICE, SuggestionEventType.NOTE)),
            Map.entry(SuggestionAction.SWEEP_SUPERVISE, new Rule(Set.of(ASSIGNED), null, Set.of(SYSTEM), SuggestionEventType.SUPERVISED))));

    private SuggestionLifecycle() {
    }

    public static Rule rule(SuggestionAction action) {
        return RULES.get(action);
    }

    /** What {@code role} may do in {@code state} by this table, in the enum's order; the system's rows are never offered. */
    public static List<SuggestionAction> allowed(SuggestionState state, SuggestionRole role) {
        return RULES.entrySet().stream()
                .filter(e -> role != SYSTEM && e.getValue().by().contains(role) && e.getValue().from().contains(state))
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Where a rating leads: the first 不满意 sends it back to the departments, anything else closes it. */
    public static SuggestionState afterRating(boolean unsatisfied, int unsatisfiedBefore) {
        return unsatisfied && unsatisfiedBefore == 0 ? ASSIGNED : CLOSED;
    }
}
