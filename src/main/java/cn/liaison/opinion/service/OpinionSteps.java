package cn.liaison.opinion.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.identity.Caller;
import cn.liaison.opinion.ActorRole;
import cn.liaison.opinion.Opinion;
import cn.liaison.opinion.OpinionAction;
import cn.liaison.opinion.OpinionEvent;
import cn.liaison.opinion.OpinionEvent.Visibility;
import cn.liaison.opinion.OpinionLifecycle;
import cn.liaison.opinion.OpinionState;
import cn.liaison.opinion.OpinionViews;
import cn.liaison.opinion.repository.OpinionEventRepository;
import cn.liaison.opinion.repository.OpinionRepository;
import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.error.ErrorCode;
import io.smallrye.mutiny.Uni;

/**
 * The steps every action on an opinion takes, in its caller's transaction: load the opinion, check
 * {@link OpinionLifecycle} (404 for someone who may not see it, 403 for a role the table does not
 * name, 409 from another state), apply the change, save, write the event, announce, answer. Two
 * staff acting at once: the version check lets exactly one win; the other gets 409
 * CONCURRENT_MODIFICATION.
 */
@ApplicationScoped
public class OpinionSteps {

    /** One action under way: the opinion, who acts, and when. */
    public record Step(Opinion opinion, long actorId, ActorRole role, Instant now) {
    }

    private final OpinionRepository opinions;
    private final OpinionEventRepository events;
    private final OpinionAccess access;
    private final OpinionJournal journal;
    private final OpinionDetails details;
    private final OpinionNews news;
    private final Clock clock;

    public OpinionSteps(OpinionRepository opinions, OpinionAccess access, OpinionJournal journal, OpinionDetails details,
            OpinionNews news, Clock clock, OpinionEventRepository events) {
        this.opinions = opinions;
        this.events = events;
        this.access = access;
        this.journal = journal;
        this.details = details;
        this.news = news;
        this.clock = clock;
    }

    /** Checks the action, applies {@code change}, writes the event (with its photos) and announces it. */
    Uni<OpinionViews.Detail> act(Caller caller, long id, OpinionAction action, String note, List<Long> photoIds,
            Visibility visibility, Function<Step, Uni<Void>> change) {
        return checked(caller, id, action).chain(step -> {
            Opinion o = step.opinion();
            OpinionState before = o.state;
            o.undergo(OpinionLifecycle.rule(action), step.now());
            // Flushing the opinion first lets its version check decide a race before anything else is written.
            return change.apply(step)
                    .invoke(o::refreshDue)
                    .chain(opinions::flush)
                    .chain(() -> record(step, action, before, note, photoIds, visibility))
                    .chain(() -> news.announce(action, o, note, step.now()))
                    .chain(() -> details.of(o, new OpinionAccess.Standing(step.role()), null));
        });
    }

    Uni<OpinionEvent> record(Step step, OpinionAction action, OpinionState before, String note, List<Long> photoIds,
            Visibility visibility) {
        return journal.append(OpinionEvent.on(step.opinion(), OpinionLifecycle.rule(action).event(), before, step.now())
                .by(step.actorId(), step.role()).saying(note, photoIds).seenBy(visibility));
    }

    /** Loads the opinion and checks the lifecycle table: 404, 403 or 409, in that order. */
    Uni<Step> checked(Caller caller, long id, OpinionAction action) {
        // The row lock comes first, before anything is read or written, so two writers take it in turn.
        return events.lock(id).chain(() -> opinions.findById(id)).chain(o -> {
            if (o == null) {
                return Uni.createFrom().failure(ApiException.notFound());
            }
            return access.standing(caller, o).map(standing -> {
                if (standing == null) {
                    throw ApiException.notFound();
                }
                OpinionLifecycle.Rule rule = OpinionLifecycle.rule(action);
                if (standing.role() == null || !rule.by().contains(standing.role())) {
                    throw new ApiException(ErrorCode.FORBIDDEN);
                }
                if (!rule.from().contains(o.state)) {
                    throw new ApiException(ErrorCode.ACTION_NOT_ALLOWED_IN_STATE, o.state.name());
                }
                return new Step(o, caller.userId(), standing.role(), Instant.now(clock));
            });
        });
    }
}
