package cn.liaison.opinion;

import static cn.liaison.opinion.ActorRole.ADMIN;
import static cn.liaison.opinion.ActorRole.ASSIGNED_DEPUTY;
import static cn.liaison.opinion.ActorRole.STAFF;
import static cn.liaison.opinion.ActorRole.SUBMITTER;
import static cn.liaison.opinion.OpinionState.ACCEPTED;
import static cn.liaison.opinion.OpinionState.CLOSED;
import static cn.liaison.opinion.OpinionState.IN_PROGRESS;
import static cn.liaison.opinion.OpinionState.MERGED;
import static cn.liaison.opinion.OpinionState.REJECTED;
import static cn.liaison.opinion.OpinionState.REPLIED;
import static cn.liaison.opinion.OpinionState.SUBMITTED;
import static cn.liaison.opinion.OpinionState.WITHDRAWN;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The feedback loop of SPEC §3 as data: which action is allowed from which state, by whom, and
 * where it leads. Nothing else in the code decides this.
 */
public final class OpinionLifecycle {

    /** {@code to == null}: the state does not change (notes, follow-ups) or depends on the input (rating). */
    public record Rule(Set<OpinionState> from, OpinionState to, Set<ActorRole> by) {
    }

    private static final Set<ActorRole> OFFICE = Set.of(STAFF, ADMIN);
    private static final Set<OpinionState> OPEN = Set.of(SUBMITTED, ACCEPTED, IN_PROGRESS, REPLIED);

    private static final Map<OpinionAction, Rule> RULES = new EnumMap<>(Map.ofEntries(
            Map.entry(OpinionAction.ACCEPT, new Rule(Set.of(SUBMITTED), ACCEPTED, OFFICE)),
            Map.entry(OpinionAction.REJECT, new Rule(Set.of(SUBMITTED), REJECTED, OFFICE)),
            Map.entry(OpinionAction.MERGE, new Rule(Set.of(SUBMITTED, ACCEPTED), MERGED, OFFICE)),
            Map.entry(OpinionAction.WITHDRAW, new Rule(Set.of(SUBMITTED), WITHDRAWN, Set.of(SUBMITTER))),
            Map.entry(OpinionAction.ASSIGN, new Rule(Set.of(ACCEPTED, IN_PROGRESS), IN_PROGRESS, OFFICE)),
            Map.entry(OpinionAction.TRANSFER, new Rule(Set.of(ACCEPTED, IN_PROGRESS), IN_PROGRESS, OFFICE)),
            Map.entry(OpinionAction.REPLY, new Rule(Set.of(ACCEPTED, IN_PROGRESS), REPLIED, Set.of(ASSIGNED_DEPUTY, STAFF, ADMIN))),
            Map.entry(OpinionAction.FOLLOW_UP, new Rule(OPEN, null, Set.of(SUBMITTER))),
            Map.entry(OpinionAction.RATE, new Rule(Set.of(REPLIED), null, Set.of(SUBMITTER))),
            Map.entry(OpinionAction.NOTE, new Rule(Set.of(OpinionState.values()), null, OFFICE)),
            Map.entry(OpinionAction.REVEAL_PHONE, new Rule(Set.of(OpinionState.values()), null, OFFICE)),
            Map.entry(OpinionAction.REISSUE_LOOKUP_CODE, new Rule(Set.of(OpinionState.values()), null, OFFICE)),
            Map.entry(OpinionAction.EXTEND, new Rule(Set.of(SUBMITTED, ACCEPTED, IN_PROGRESS), null, OFFICE)),
            Map.entry(OpinionAction.PUBLISH, new Rule(Set.of(REPLIED, CLOSED), null, OFFICE)),
            Map.entry(OpinionAction.UNPUBLISH, new Rule(Set.of(REPLIED, CLOSED, IN_PROGRESS), null, OFFICE))));

    private OpinionLifecycle() {
    }

    public static Rule rule(OpinionAction action) {
        return RULES.get(action);
    }

    /** Where a rating leads: the first UNSATISFIED reopens the opinion, anything else closes it. */
    public static OpinionState afterRating(Rating rating, int unsatisfiedBefore) {
        return rating == Rating.UNSATISFIED && unsatisfiedBefore == 0 ? IN_PROGRESS : CLOSED;
    }
}
