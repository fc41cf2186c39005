package cn.liaison.duty;

import static cn.liaison.duty.DutyRecordState.DRAFT;
import static cn.liaison.duty.DutyRecordState.PUBLISHED;
import static cn.liaison.duty.DutyRecordState.RETURNED;
import static cn.liaison.duty.DutyRecordState.SUBMITTED;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * A duty record's review as data, in the shape of the opinions' lifecycle: which action is allowed
 * from which state, by whom, and where it leads. DRAFT → SUBMITTED → PUBLISHED or RETURNED (with a
 * reason); a returned record is edited and submitted again. Nothing else in the code decides this.
 */
public final class DutyRecordLifecycle {

    /** Who acts on a record: its author (the deputy, or staff writing on their behalf), or staff in scope reviewing it. */
    public enum Actor {
        AUTHOR, REVIEWER
    }

    /** {@code to == null}: the state does not change. */
    public record Rule(Set<DutyRecordState> from, DutyRecordState to, Set<Actor> by) {
    }

    private static final Map<DutyRecordAction, Rule> RULES = new EnumMap<>(Map.of(
            DutyRecordAction.EDIT, new Rule(Set.of(DRAFT, RETURNED), null, Set.of(Actor.AUTHOR)),
            DutyRecordAction.SUBMIT, new Rule(Set.of(DRAFT, RETURNED), SUBMITTED, Set.of(Actor.AUTHOR)),
            DutyRecordAction.PUBLISH, new Rule(Set.of(SUBMITTED), PUBLISHED, Set.of(Actor.REVIEWER)),
            DutyRecordAction.RETURN, new Rule(Set.of(SUBMITTED), RETURNED, Set.of(Actor.REVIEWER))));

    private DutyRecordLifecycle() {
    }

    public static Rule rule(DutyRecordAction action) {
        return RULES.get(action);
    }
}
