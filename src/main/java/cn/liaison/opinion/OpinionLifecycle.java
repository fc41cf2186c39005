package cn.liaison.opinion;

import static cn.liaison.opinion.ActorRole.ADMIN;
import static cn.liaison.opinion.ActorRole.ASSIGNED_DEPUTY;
import static cn.liaison.opinion.ActorRole.STAFF;
import static cn.liaison.opinion.ActorRole.SUBMITTER;
import static cn.liaison.opinion.ActorRole.SYSTEM;
import static cn.liaison.opinion.OpinionState.ACCEPTED;
import static cn.liaison.opinion.OpinionState.CLOSED;
import static cn.liaison.opinion.OpinionState.IN_PROGRESS;
import static cn.liaison.opinion.OpinionState.MERGED;
import static cn.liaison.opinion.OpinionState.REJECTED;
import static cn.liaison.opinion.OpinionState.REPLIED;
import static cn.liaison.opinion.OpinionState.SUBMITTED;
import static cn.liaison.opinion.OpinionState.WITHDRAWN;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The feedback loop of SPEC §3 as data: which action is allowed from which state, by whom, where it
 * leads and what the timeline records. The deadline sweep applies the system's rows. Nothing else in
 * the code decides this.
 */
public final class OpinionLifecycle {

    /** {@code to == null}: the state does not change (notes, follow-ups) or depends on the input (rating). */
    public record Rule(Set<OpinionState> from, OpinionState to, Set<ActorRole> by, EventType event) {
    }

    /** Waiting for the office or the deputy: a deadline runs, and supervision may follow. */
    public static final Set<OpinionState> AWAITING_WORK = Collections.unmodifiableSet(EnumSet.of(SUBMITTED, ACCEPTED, IN_PROGRESS));
    /** Not finished: work or a rating is still to come; another opinion may be merged into it. */
    public static final Set<OpinionState> OPEN = Collections.unmodifiableSet(EnumSet.of(SUBMITTED, ACCEPTED, IN_PROGRESS, REPLIED));
    private static final Set<OpinionState> ANY = Collections.unmodifiableSet(EnumSet.allOf(OpinionState.class));

    private static final Set<ActorRole> OFFICE = Set.of(STAFF, ADMIN);
    private static final Set<ActorRole> THE_SWEEP = Set.of(SYSTEM);

    private static final Map<OpinionAction, Rule> RULES = new EnumMap<>(Map.ofEntries(
            Map.entry(OpinionAction.ACCEPT, new Rule(Set.of(SUBMITTED), ACCEPTED, OFFICE, EventType.ACCEPT)),
            Map.entry(OpinionAction.REJECT, new Rule(Set.of(SUBMITTED), REJECTED, OFFICE, EventType.REJECT)),
            Map.entry(OpinionAction.MERGE, new Rule(Set.of(SUBMITTED, ACCEPTED), MERGED, OFFICE, EventType.MERGE)),
            Map.entry(OpinionAction.WITHDRAW, new Rule(Set.of(SUBMITTED), WITHDRAWN, Set.of(SUBMITTER), EventType.WITHDRAW)),
            Map.entry(OpinionAction.ASSIGN, new Rule(Set.of(ACCEPTED, IN_PROGRESS), IN_PROGRESS, OFFICE, EventType.ASSIGN)),
            Map.entry(OpinionAction.TRANSFER, new Rule(Set.of(ACCEPTED, IN_PROGRESS), IN_PROGRESS, OFFICE, EventType.TRANSFER)),
            Map.entry(OpinionAction.REPLY, new Rule(Set.of(ACCEPTED, IN_PROGRESS), REPLIED, Set.of(ASSIGNED_DEPUTY, STAFF, ADMIN),
                    EventType.REPLY)),
            Map.entry(OpinionAction.FOLLOW_UP, new Rule(OPEN, null, Set.of(SUBMITTER), EventType.FOLLOW_UP)),
            Map.entry(OpinionAction.RATE, new Rule(Set.of(REPLIED), null, Set.of(SUBMITTER), EventType.RATE)),
            Map.entry(OpinionAction.NOTE, new Rule(ANY, null, OFFICE, EventType.NOTE)),
            Map.entry(OpinionAction.REVEAL_PHONE, new Rule(ANY, null, OFFICE, EventType.PHONE_REVEALED)),
            Map.entry(OpinionAction.REISSUE_LOOKUP_CODE, new Rule(ANY, null, OFFICE, EventType.REISSUE_LOOKUP_CODE)),
            Map.entry(OpinionAction.EXTEND, new Rule(AWAITING_WORK, null, OFFICE, EventType.EXTEND)),
            Map.entry(OpinionAction.PUBLISH, new Rule(Set.of(REPLIED, CLOSED), null, OFFICE, EventType.PUBLISH)),
            Map.entry(OpinionAction.UNPUBLISH, new Rule(Set.of(REPLIED, CLOSED, IN_PROGRESS), null, OFFICE, EventType.UNPUBLISH)),
            Map.entry(OpinionAction.CLEAR_FLAG, new Rule(ANY, null, OFFICE, EventType.FLAG_CLEARED)),
            Map.entry(OpinionAction.SUPERVISE, new Rule(AWAITING_WORK, null, THE_SWEEP, EventType.SUPERVISED)),
            Map.entry(OpinionAction.AUTO_CLOSE, new Rule(Set.of(REPLIED), CLOSED, THE_SWEEP, EventType.AUTO_CLOSED))));

    private OpinionLifecycle() {
    }

    public static Rule rule(OpinionAction action) {
        return RULES.get(action);
    }

    /**
     * What {@code role} may do to an opinion in {@code state} by this table, in the table's order;
     * the system's rows are never offered. The opinion's own conditions come on top: {@link Opinion#permits}.
     */
    public static List<OpinionAction> allowed(OpinionState state, ActorRole role) {
        return RULES.entrySet().stream()
                .filter(e -> role != null && role != SYSTEM && e.getValue().by().contains(role) && e.getValue().from().contains(state))
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Where a rating leads: the first UNSATISFIED reopens the opinion, anything else closes it. */
    public static OpinionState afterRating(Rating rating, int unsatisfiedBefore) {
        return rating == Rating.UNSATISFIED && unsatisfiedBefore == 0 ? IN_PROGRESS : CLOSED;
    }
}
