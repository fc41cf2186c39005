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
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.liaison.casework.Lifecycle;
import cn.liaison.casework.Rule;

/**
 * The feedback loop of SPEC §3 as data: which action is allowed from which state, by whom, where it
 * leads and what the timeline records. A rating reopens the opinion or closes it: that row names both,
 * and the opinion says which ({@link Rule#into}). The deadline sweep applies the system's rows.
 * Nothing else in the code decides this.
 */
public final class OpinionLifecycle {

    /** Waiting for the office or the deputy: a deadline runs, and supervision may follow. */
    public static final Set<OpinionState> AWAITING_WORK = Collections.unmodifiableSet(EnumSet.of(SUBMITTED, ACCEPTED, IN_PROGRESS));
    /** Not finished: work or a rating is still to come; another opinion may be merged into it. */
    public static final Set<OpinionState> OPEN = Collections.unmodifiableSet(EnumSet.of(SUBMITTED, ACCEPTED, IN_PROGRESS, REPLIED));
    private static final Set<OpinionState> ANY = Collections.unmodifiableSet(EnumSet.allOf(OpinionState.class));
    private static final Set<OpinionState> STAYS = Set.of();

    private static final Set<ActorRole> OFFICE = Set.of(STAFF, ADMIN);
    private static final Set<ActorRole> THE_SWEEP = Set.of(SYSTEM);

    private static final Lifecycle<OpinionAction, OpinionState, ActorRole, EventType> TABLE = Lifecycle
            .<OpinionAction, OpinionState, ActorRole, EventType>of(OpinionAction.class, SYSTEM)
            .step(OpinionAction.ACCEPT, Set.of(SUBMITTED), Set.of(ACCEPTED), OFFICE, EventType.ACCEPT)
            .step(OpinionAction.REJECT, Set.of(SUBMITTED), Set.of(REJECTED), OFFICE, EventType.REJECT)
            .step(OpinionAction.MERGE, Set.of(SUBMITTED, ACCEPTED), Set.of(MERGED), OFFICE, EventType.MERGE)
            .step(OpinionAction.WITHDRAW, Set.of(SUBMITTED), Set.of(WITHDRAWN), Set.of(SUBMITTER), EventType.WITHDRAW)
            .step(OpinionAction.ASSIGN, Set.of(ACCEPTED, IN_PROGRESS), Set.of(IN_PROGRESS), OFFICE, EventType.ASSIGN)
            .step(OpinionAction.TRANSFER, Set.of(ACCEPTED, IN_PROGRESS), Set.of(IN_PROGRESS), OFFICE, EventType.TRANSFER)
            .step(OpinionAction.REPLY, Set.of(ACCEPTED, IN_PROGRESS), Set.of(REPLIED), Set.of(ASSIGNED_DEPUTY, STAFF, ADMIN), EventType.REPLY)
            .step(OpinionAction.FOLLOW_UP, OPEN, STAYS, Set.of(SUBMITTER), EventType.FOLLOW_UP)
            .step(OpinionAction.RATE, Set.of(REPLIED), Set.of(IN_PROGRESS, CLOSED), Set.of(SUBMITTER), EventType.RATE)
            .step(OpinionAction.NOTE, ANY, STAYS, OFFICE, EventType.NOTE)
            .step(OpinionAction.REVEAL_PHONE, ANY, STAYS, OFFICE, EventType.PHONE_REVEALED)
            .step(OpinionAction.REISSUE_LOOKUP_CODE, ANY, STAYS, OFFICE, EventType.REISSUE_LOOKUP_CODE)
            .step(OpinionAction.EXTEND, AWAITING_WORK, STAYS, OFFICE, EventType.EXTEND)
            .step(OpinionAction.PUBLISH, Set.of(REPLIED, CLOSED), STAYS, OFFICE, EventType.PUBLISH)
            .step(OpinionAction.UNPUBLISH, Set.of(REPLIED, CLOSED, IN_PROGRESS), STAYS, OFFICE, EventType.UNPUBLISH)
            .step(OpinionAction.CLEAR_FLAG, ANY, STAYS, OFFICE, EventType.FLAG_CLEARED)
            .step(OpinionAction.SUPERVISE, AWAITING_WORK, STAYS, THE_SWEEP, EventType.SUPERVISED)
            .step(OpinionAction.AUTO_CLOSE, Set.of(REPLIED), Set.of(CLOSED), THE_SWEEP, EventType.AUTO_CLOSED)
            .build();

    private OpinionLifecycle() {
    }

    public static Lifecycle<OpinionAction, OpinionState, ActorRole, EventType> table() {
        return TABLE;
    }

    public static Rule<OpinionState, ActorRole, EventType> rule(OpinionAction action) {
        return TABLE.rule(action);
    }

    /**
     * What {@code role} may do to an opinion in {@code state} by this table, in the actions' order;
     * the system's rows are never offered. The opinion's own conditions come on top: {@link Opinion#permits}.
     */
    public static List<OpinionAction> allowed(OpinionState state, ActorRole role) {
        return TABLE.allowed(state, role);
    }

    /** Where a rating leads: the first UNSATISFIED reopens the opinion, anything else closes it. */
    public static OpinionState afterRating(Rating rating, int unsatisfiedBefore) {
        return rule(OpinionAction.RATE).into(rating == Rating.UNSATISFIED && unsatisfiedBefore == 0 ? IN_PROGRESS : CLOSED);
    }
}
