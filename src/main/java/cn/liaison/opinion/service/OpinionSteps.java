package cn.liaison.opinion.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.casework.GuardedSteps;
import cn.liaison.casework.Rule;
import cn.liaison.casework.Seen;
import cn.liaison.casework.Visibility;
import cn.liaison.identity.Caller;
import cn.liaison.opinion.ActorRole;
import cn.liaison.opinion.EventType;
import cn.liaison.opinion.Opinion;
import cn.liaison.opinion.OpinionAction;
import cn.liaison.opinion.OpinionEvent;
import cn.liaison.opinion.OpinionLifecycle;
import cn.liaison.opinion.OpinionState;
import cn.liaison.opinion.OpinionViews;
import cn.liaison.opinion.repository.OpinionEventRepository;
import cn.liaison.opinion.repository.OpinionRepository;
import io.smallrye.mutiny.Uni;

/**
 * The steps every action on an opinion takes, by the kernel's {@link GuardedSteps}, in its caller's
 * transaction: take the opinion's row lock, load it, check {@link OpinionLifecycle} (404 for someone
 * who may not see it, 403 for a role the table does not name, 409 from another state), apply the
 * change, save, write the event, announce, answer. Two staff acting at once: the version check lets
 * exactly one win; the other gets 409 CONCURRENT_MODIFICATION.
 */
@ApplicationScoped
public class OpinionSteps extends GuardedSteps<Opinion, OpinionAction, OpinionState, ActorRole, EventType> {

    /** One action under way: the opinion, who acts, and when. */
    public record Step(Opinion opinion, long actorId, ActorRole role, Instant now) {
    }

    private final OpinionRepository opinions;
    private final OpinionEventRepository events;
    private final OpinionAccess access;
    private final OpinionJournal journal;
    private final OpinionDetails details;
    private final OpinionNews news;

    public OpinionSteps(OpinionRepository opinions, OpinionAccess access, OpinionJournal journal, OpinionDetails details,
            OpinionNews news, Clock clock, OpinionEventRepository events) {
        super(OpinionLifecycle.table(), clock);
        this.opinions = opinions;
        this.events = events;
        this.access = access;
        this.journal = journal;
        this.details = details;
        this.news = news;
    }

    /** Checks the action, applies {@code change}, writes the event (with its photos) and announces it. */
    Uni<OpinionViews.Detail> act(Caller caller, long id, OpinionAction action, String note, List<Long> photoIds,
            Visibility visibility, Function<Step, Uni<Void>> change) {
        return guard(id, action, o -> seen(caller, o)).chain(guarded -> {
            Step step = step(caller, guarded);
            return take(guarded, g -> change.apply(step),
                    done -> record(step, action, guarded.before(), note, photoIds, visibility),
                    done -> news.announce(action, step.opinion(), note, step.now()))
                    .chain(() -> details.of(step.opinion(), new OpinionAccess.Standing(step.role()), null));
        });
    }

    Uni<OpinionEvent> record(Step step, OpinionAction action, OpinionState before, String note, List<Long> photoIds,
            Visibility visibility) {
        return journal.append(OpinionEvent.on(step.opinion(), OpinionLifecycle.rule(action).event(), before, step.now())
                .by(step.actorId(), step.role()).saying(note, photoIds).seenBy(visibility));
    }

    /** Loads the opinion and checks the lifecycle table, for a step that writes its own way: 404, 403 or 409, in that order. */
    Uni<Step> checked(Caller caller, long id, OpinionAction action) {
        return guard(id, action, o -> seen(caller, o)).map(guarded -> step(caller, guarded));
    }

    /** The row lock comes first, before anything is read or written, so two writers take it in turn. */
    @Override
    protected Uni<Opinion> load(long id) {
        return events.lock(id).chain(() -> opinions.findById(id));
    }

    @Override
    protected OpinionState stateOf(Opinion opinion) {
        return opinion.state;
    }

    @Override
    protected void move(Opinion opinion, Rule<OpinionState, ActorRole, EventType> rule, Instant now) {
        opinion.undergo(rule, now);
    }

    /** The deadline follows the state the change left. */
    @Override
    protected void settle(Opinion opinion) {
        opinion.refreshDue();
    }

    @Override
    protected Uni<Void> flush() {
        return opinions.flush();
    }

    private Uni<Seen<ActorRole>> seen(Caller caller, Opinion opinion) {
        return access.standing(caller, opinion).map(standing -> standing == null ? null : Seen.as(standing.role()));
    }

    private static Step step(Caller caller, Guarded<Opinion, OpinionState, ActorRole, EventType> guarded) {
        return new Step(guarded.kase(), caller.userId(), guarded.role(), guarded.now());
    }
}
