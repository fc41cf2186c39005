package cn.liaison.suggestion.service;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.casework.GuardedSteps;
import cn.liaison.casework.Rule;
import cn.liaison.casework.Seen;
import cn.liaison.identity.Caller;
import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.error.ErrorCode;
import cn.liaison.suggestion.Suggestion;
import cn.liaison.suggestion.SuggestionAction;
import cn.liaison.suggestion.SuggestionEvent;
import cn.liaison.suggestion.SuggestionEventType;
import cn.liaison.suggestion.SuggestionLifecycle;
import cn.liaison.suggestion.SuggestionRole;
import cn.liaison.suggestion.SuggestionState;
import cn.liaison.suggestion.SuggestionViews;
import cn.liaison.suggestion.repository.SuggestionEventRepository;
import cn.liaison.suggestion.repository.SuggestionRepository;
import io.smallrye.mutiny.Uni;

/**
 * The steps every action on a suggestion takes, by the kernel's {@link GuardedSteps}, in its caller's
 * transaction: load it, check {@link SuggestionLifecycle} and the suggestion's own conditions (404 for
 * someone who may not see it, 403 for a role the table does not name, 409 otherwise), apply the
 * change, save, write the event, answer. Two staff acting at once: the version check lets one win;
 * the other gets 409.
 */
@ApplicationScoped
public class SuggestionSteps extends GuardedSteps<Suggestion, SuggestionAction, SuggestionState, SuggestionRole, SuggestionEventType> {

    /** One action under way. */
    public record Step(Suggestion suggestion, long actorId, SuggestionRole role, Instant now, SuggestionDetails.Parts parts) {
    }

    private final SuggestionRepository suggestions;
    private final SuggestionEventRepository events;
    private final SuggestionAccess access;
    private final SuggestionDetails details;

    public SuggestionSteps(SuggestionRepository suggestions, SuggestionEventRepository events, SuggestionAccess access,
            SuggestionDetails details, Clock clock) {
        super(SuggestionLifecycle.table(), clock);
        this.suggestions = suggestions;
        this.events = events;
        this.access = access;
        this.details = details;
    }

    /**
     * Checks the action, applies {@code change} (which answers the event's note), writes the event
     * and answers the suggestion as the caller now sees it. Its news the change writes itself: what a
     * suggestion tells whom depends on what the change found (the last department's answer, say).
     */
    Uni<SuggestionViews.Detail> act(Caller caller, long id, SuggestionAction action, Function<Step, Uni<String>> change) {
        return guard(id, action, s -> access.standing(caller, s).map(role -> role == null ? null : Seen.as(role)))
                .chain(guarded -> ownConditions(caller, action, guarded).chain(step -> take(guarded, g -> change.apply(step),
                        note -> record(step.suggestion(), guarded.rule().event(), guarded.before(), step.actorId(), step.role(), note,
                                step.now()),
                        note -> Uni.createFrom().voidItem())
                        .chain(() -> details.of(step.suggestion(), step.role()))));
    }

    /** The first entry of a new draft's timeline. */
    Uni<SuggestionEvent> recordCreated(Suggestion s, long actorId, Instant now) {
        return record(s, SuggestionEventType.CREATED, null, actorId, SuggestionRole.LEAD_DEPUTY, null, now);
    }

    private Uni<SuggestionEvent> record(Suggestion s, SuggestionEventType type, SuggestionState before, Long actorId, SuggestionRole role,
            String note, Instant now) {
        return events.append(SuggestionEvent.of(s, type, before, actorId, role, note, now));
    }

    /** On top of the table, the suggestion's own conditions: co-signers confirmed, extended once, supervised once, published once. */
    private Uni<Step> ownConditions(Caller caller, SuggestionAction action,
            Guarded<Suggestion, SuggestionState, SuggestionRole, SuggestionEventType> guarded) {
        Suggestion s = guarded.kase();
        return details.parts(s).map(parts -> {
            if (!s.permits(action, parts.everyCosignerConfirmed())) {
                throw new ApiException(refusal(action));
            }
            return new Step(s, caller.userId(), guarded.role(), guarded.now(), parts);
        });
    }

    @Override
    protected Uni<Suggestion> load(long id) {
        return suggestions.findById(id);
    }

    @Override
    protected SuggestionState stateOf(Suggestion suggestion) {
        return suggestion.state;
    }

    @Override
    protected void move(Suggestion suggestion, Rule<SuggestionState, SuggestionRole, SuggestionEventType> rule, Instant now) {
        suggestion.undergo(rule, now);
    }

    @Override
    protected Uni<Void> flush() {
        return suggestions.flush();
    }

    private static ErrorCode refusal(SuggestionAction action) {
        return switch (action) {
            case SUBMIT -> ErrorCode.COSIGNERS_PENDING;
            case EXTEND -> ErrorCode.ALREADY_EXTENDED;
            case SUPERVISE -> ErrorCode.ALREADY_SUPERVISED;
            case PUBLISH -> ErrorCode.ALREADY_PUBLISHED;
            default -> ErrorCode.ACTION_NOT_ALLOWED_IN_STATE;
        };
    }
}
