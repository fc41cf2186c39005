package cn.liaison.suggestion.service;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

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
 * The steps every action on a suggestion takes, in its caller's transaction: load it, check
 * {@link SuggestionLifecycle} and the suggestion's own conditions (404 for someone who may not see
 * it, 403 for a role the table does not name, 409 otherwise), apply the change, save, write the
 * event, answer. Two staff acting at once: the version check lets one win; the other gets 409.
 */
@ApplicationScoped
public class SuggestionSteps {

    /** One action under way. */
    public record Step(Suggestion suggestion, long actorId, SuggestionRole role, Instant now, SuggestionDetails.Parts parts) {
    }

    private final SuggestionRepository suggestions;
    private final SuggestionEventRepository events;
    private final SuggestionAccess access;
    private final SuggestionDetails details;
    private final Clock clock;

    public SuggestionSteps(SuggestionRepository suggestions, SuggestionEventRepository events, SuggestionAccess access,
            SuggestionDetails details, Clock clock) {
        this.suggestions = suggestions;
        this.events = events;
        this.access = access;
        this.details = details;
        this.clock = clock;
    }

    /**
     * Checks the action, applies {@code change} (which answers the event's note), writes the event
     * and answers the suggestion as the caller now sees it.
     */
    Uni<SuggestionViews.Detail> act(Caller caller, long id, SuggestionAction action, Function<Step, Uni<String>> change) {
        return checked(caller, id, action).chain(step -> {
            Suggestion s = step.suggestion();
            SuggestionState before = s.state;
            s.undergo(SuggestionLifecycle.rule(action), step.now());
            // Flushing first lets the version check decide a race before anything else is written.
            return change.apply(step)
                    .call(note -> suggestions.flush())
                    .call(note -> record(s, SuggestionLifecycle.rule(action).event(), before, step.actorId(), step.role(), note, step.now()))
                    .chain(() -> details.of(s, step.role()));
        });
    }

    /** The first entry of a new draft's timeline. */
    Uni<SuggestionEvent> recordCreated(Suggestion s, long actorId, Instant now) {
        return record(s, SuggestionEventType.CREATED, null, actorId, SuggestionRole.LEAD_DEPUTY, null, now);
    }

    private Uni<SuggestionEvent> record(Suggestion s, SuggestionEventType type, SuggestionState before, Long actorId, SuggestionRole role,
            String note, Instant now) {
        SuggestionEvent event = SuggestionEvent.of(s, type, before, actorId, role, note, now);
        return events.nextSeq(s.id).chain(seq -> {
            event.seq = seq;
            return events.persist(event);
        });
    }

    /** Loads the suggestion and checks the table and its conditions: 404, 403 or 409, in that order. */
    Uni<Step> checked(Caller caller, long id, SuggestionAction action) {
        return suggestions.findById(id).chain(s -> {
            if (s == null) {
                return Uni.createFrom().failure(ApiException.notFound());
            }
            return access.standing(caller, s).chain(role -> {
                if (role == null) {
                    return Uni.createFrom().failure(ApiException.notFound());
                }
                SuggestionLifecycle.Rule rule = SuggestionLifecycle.rule(action);
                if (!rule.by().contains(role)) {
                    return Uni.createFrom().failure(new ApiException(ErrorCode.FORBIDDEN));
                }
                if (!rule.from().contains(s.state)) {
                    return Uni.createFrom().failure(new ApiException(ErrorCode.ACTION_NOT_ALLOWED_IN_STATE, s.state.name()));
                }
                return details.parts(s).map(parts -> {
                    if (!s.permits(action, parts.everyCosignerConfirmed())) {
                        throw new ApiException(refusal(action));
                    }
                    return new Step(s, caller.userId(), role, Instant.now(clock), parts);
                });
            });
        });
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
