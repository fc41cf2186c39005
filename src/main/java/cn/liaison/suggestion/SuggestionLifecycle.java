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

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.liaison.casework.Lifecycle;
import cn.liaison.casework.Rule;

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
 * An answer leaves the suggestion ASSIGNED until the last department's comes; a rating closes it or
 * sends it back: those rows name both states, and the suggestion says which ({@link Rule#into}). The
 * sweep applies the system's row; nothing else in the code decides this.
 */
public final class SuggestionLifecycle {

    private static final Set<SuggestionRole> OFFICE = Set.of(STAFF, ADMIN);
    private static final Set<SuggestionRole> THE_LEAD = Set.of(LEAD_DEPUTY);
    private static final Set<SuggestionState> STAYS = Set.of();

    private static final Lifecycle<SuggestionAction, SuggestionState, SuggestionRole, SuggestionEventType> TABLE = Lifecycle
            .<SuggestionAction, SuggestionState, SuggestionRole, SuggestionEventType>of(SuggestionAction.class, SYSTEM)
            .step(SuggestionAction.EDIT, Set.of(DRAFT), STAYS, THE_LEAD, SuggestionEventType.EDITED)
            .step(SuggestionAction.COSIGN, Set.of(DRAFT), STAYS, Set.of(COSIGNER), SuggestionEventType.COSIGNED)
            .step(SuggestionAction.DECLINE_COSIGN, Set.of(DRAFT), STAYS, Set.of(COSIGNER), SuggestionEventType.COSIGN_DECLINED)
            .step(SuggestionAction.SUBMIT, Set.of(DRAFT), Set.of(SUBMITTED), THE_LEAD, SuggestionEventType.SUBMITTED)
            .step(SuggestionAction.WITHDRAW, Set.of(DRAFT, SUBMITTED), Set.of(WITHDRAWN), THE_LEAD, SuggestionEventType.WITHDRAWN)
            .step(SuggestionAction.ACCEPT, Set.of(SUBMITTED), Set.of(ACCEPTED), OFFICE, SuggestionEventType.ACCEPTED)
            .step(SuggestionAction.NOT_ACCEPT, Set.of(SUBMITTED), Set.of(NOT_ACCEPTED), OFFICE, SuggestionEventType.NOT_ACCEPTED)
            .step(SuggestionAction.ASSIGN, Set.of(ACCEPTED), Set.of(ASSIGNED), OFFICE, SuggestionEventType.ASSIGNED)
            .step(SuggestionAction.ANSWER, Set.of(ASSIGNED), Set.of(ASSIGNED, ANSWERED), OFFICE, SuggestionEventType.ANSWERED)
            .step(SuggestionAction.EXTEND, Set.of(ASSIGNED), STAYS, OFFICE, SuggestionEventType.EXTENDED)
            .step(SuggestionAction.SUPERVISE, Set.of(ASSIGNED), STAYS, OFFICE, SuggestionEventType.SUPERVISED)
            .step(SuggestionAction.RATE, Set.of(ANSWERED), Set.of(ASSIGNED, CLOSED), THE_LEAD, SuggestionEventType.RATED)
            .step(SuggestionAction.PUBLISH, Set.of(CLOSED), STAYS, OFFICE, SuggestionEventType.PUBLISHED)
            .step(SuggestionAction.NOTE, EnumSet.allOf(SuggestionState.class), STAYS, OFFICE, SuggestionEventType.NOTE)
            .step(SuggestionAction.SWEEP_SUPERVISE, Set.of(ASSIGNED), STAYS, Set.of(SYSTEM), SuggestionEventType.SUPERVISED)
            .build();

    private SuggestionLifecycle() {
    }

    public static Lifecycle<SuggestionAction, SuggestionState, SuggestionRole, SuggestionEventType> table() {
        return TABLE;
    }

    public static Rule<SuggestionState, SuggestionRole, SuggestionEventType> rule(SuggestionAction action) {
        return TABLE.rule(action);
    }

    /** What {@code role} may do in {@code state} by this table, in the enum's order; the system's rows are never offered. */
    public static List<SuggestionAction> allowed(SuggestionState state, SuggestionRole role) {
        return TABLE.allowed(state, role);
    }

    /** Where a rating leads: the first 不满意 sends it back to the departments, anything else closes it. */
    public static SuggestionState afterRating(boolean unsatisfied, int unsatisfiedBefore) {
        return rule(SuggestionAction.RATE).into(unsatisfied && unsatisfiedBefore == 0 ? ASSIGNED : CLOSED);
    }

    /** Where an answer leads: ANSWERED with the last department's, ASSIGNED while others are still to come. */
    public static SuggestionState afterAnswer(boolean everyDepartmentAnswered) {
        return rule(SuggestionAction.ANSWER).into(everyDepartmentAnswered ? ANSWERED : ASSIGNED);
    }
}
