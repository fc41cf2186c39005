package cn.liaison.opinion.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;

import cn.liaison.deadline.DeadlineRules;
import cn.liaison.directory.Deputies;
import cn.liaison.identity.Caller;
import cn.liaison.media.service.MediaLibrary;
import cn.liaison.notification.NotificationKind;
import cn.liaison.notification.Outbox;
import cn.liaison.opinion.ActorRole;
import cn.liaison.opinion.Opinion;
import cn.liaison.opinion.OpinionAction;
import cn.liaison.opinion.OpinionEvent.Visibility;
import cn.liaison.opinion.OpinionLifecycle;
import cn.liaison.opinion.OpinionReply;
import cn.liaison.opinion.OpinionState;
import cn.liaison.opinion.Rating;
import cn.liaison.opinion.Redaction;
import cn.liaison.opinion.repository.OpinionReplyRepository;
import cn.liaison.opinion.repository.OpinionRepository;
import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.error.ErrorCode;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Every action on an opinion, checked against {@link OpinionLifecycle} in one place: who may act
 * (404 for someone who may not see it, 403 for a role the table does not name), from which state
 * (409 otherwise), and the event written in the same transaction. Two staff acting at once: the
 * version check lets exactly one win; the other gets 409 CONCURRENT_MODIFICATION.
 */
@ApplicationScoped
public class OpinionWorkflow {

    private static final Set<OpinionState> MERGEABLE_INTO = Set.of(OpinionState.SUBMITTED, OpinionState.ACCEPTED,
            OpinionState.IN_PROGRESS, OpinionState.REPLIED);

    private final OpinionRepository opinions;
    private final OpinionReplyRepository replies;
    private final Deputies deputies;
    private final OpinionAccess access;
    private final OpinionJournal journal;
    private final MediaLibrary media;
    private final OpinionPhotos photos;
    private final DeadlineRules deadlines;
    private final ReplyDeadlines replyDeadlines;
    private final Outbox outbox;
    private final LookupCodes lookupCodes;
    private final Clock clock;

    public OpinionWorkflow(OpinionRepository opinions, OpinionReplyRepository replies, Deputies deputies,
            OpinionAccess access, OpinionJournal journal, MediaLibrary media, OpinionPhotos photos, DeadlineRules deadlines,
            ReplyDeadlines replyDeadlines, Outbox outbox, LookupCodes lookupCodes, Clock clock) {
        this.opinions = opinions;
        this.replies = replies;
        this.deputies = deputies;
        this.access = access;
        this.journal = journal;
        this.media = media;
        this.photos = photos;
        this.deadlines = deadlines;
        this.replyDeadlines = replyDeadlines;
        this.outbox = outbox;
        this.lookupCodes = lookupCodes;
        this.clock = clock;
    }

    public Uni<OpinionViews.Detail> accept(Caller caller, long id, @Valid Commands.Accept command) {
        return act(caller, id, OpinionAction.ACCEPT, command.note(), Visibility.PUBLIC, step -> {
            step.opinion().replyDueAt = replyDeadlines.replyBy(step.now(), step.opinion().kind);
            step.opinion().acceptedAt = step.now();
            return Uni.createFrom().voidItem();
        });
    }

    public Uni<OpinionViews.Detail> reject(Caller caller, long id, @Valid Commands.Reject command) {
        return act(caller, id, OpinionAction.REJECT, command.reasonCode() + ": " + command.note().strip(), Visibility.PUBLIC,
                step -> close(step));
    }

    public Uni<OpinionViews.Detail> merge(Caller caller, long id, @Valid Commands.Merge command) {
        return act(caller, id, OpinionAction.MERGE, command.note(), Visibility.PUBLIC, step -> opinions.findById(command.primaryId())
                .invoke(primary -> {
                    if (primary == null || primary.id.equals(id) || !caller.mayAdminister(primary.regionPath)
                            || !MERGEABLE_INTO.contains(primary.state)) {
                        throw ApiException.invalidField("primaryId", "field.primary-unknown");
                    }
                    step.opinion().mergedIntoId = primary.id;
                    step.opinion().closedAt = step.now();
                }).replaceWithVoid());
    }

    public Uni<OpinionViews.Detail> assign(Caller caller, long id, @Valid Commands.Assign command) {
        return act(caller, id, OpinionAction.ASSIGN, command.note(), Visibility.PUBLIC, step -> deputies.byId(command.deputyId())
                .invoke(deputy -> {
                    if (deputy == null || !deputy.active() || !caller.mayAdminister(deputy.regionPath())) {
                        throw ApiException.invalidField("deputyId", "field.deputy-unknown");
                    }
                    step.opinion().deputyId = deputy.id();
                }).replaceWithVoid());
    }

    public Uni<OpinionViews.Detail> transfer(Caller caller, long id, @Valid Commands.Transfer command) {
        return act(caller, id, OpinionAction.TRANSFER, command.note(), Visibility.PUBLIC, step -> Panache.getSession()
                .chain(session -> session.createNativeQuery("select count(*) from departments where id = :id and active", Long.class)
                        .setParameter("id", command.departmentId()).getSingleResult())
                .invoke(found -> {
                    if (found == 0) {
                        throw ApiException.invalidField("departmentId", "field.department-unknown");
                    }
                    step.opinion().departmentId = command.departmentId();
                }).replaceWithVoid());
    }

    public Uni<OpinionViews.Detail> reply(Caller caller, long id, @Valid Commands.Reply command) {
        return act(caller, id, OpinionAction.REPLY, null, Visibility.PUBLIC, step -> media
                .requireUsable(caller, command.photoIds(), "photoIds")
                .chain(() -> {
                    OpinionReply reply = new OpinionReply();
                    reply.opinionId = id;
                    reply.authorId = caller.userId();
                    reply.authorRole = step.role();
                    reply.departmentId = command.departmentId();
                    reply.content = command.content().strip();
                    reply.photoIds = command.photoIds() == null ? List.of() : List.copyOf(command.photoIds());
                    reply.createdAt = step.now();
                    Opinion o = step.opinion();
                    o.repliedAt = step.now();
                    if (o.firstRepliedAt == null) {
                        o.firstRepliedAt = step.now();
                        o.replyWorkingDays = deadlines.workingDaysBetween(o.acceptedAt, step.now());
                        o.repliedOnTime = o.replyDueAt == null || !step.now().isAfter(o.replyDueAt);
                    }
                    Uni<Void> publicText = o.publishedAt == null ? Uni.createFrom().voidItem()
                            : submitterName(o).invoke(name -> reply.publicContent = Redaction.redact(reply.content,
                                    o.anonymous ? List.of(name) : List.of())).replaceWithVoid();
                    return publicText.chain(() -> replies.persist(reply)).chain(() -> photos.attach(id, reply.photoIds, true));
                }));
    }

    public Uni<OpinionViews.Detail> followUp(Caller caller, long id, @Valid Commands.FollowUp command) {
        List<Long> photoIds = command.photoIds() == null ? List.of() : List.copyOf(command.photoIds());
        return act(caller, id, OpinionAction.FOLLOW_UP, command.content().strip(), photoIds, Visibility.PUBLIC, step -> media
                .requireUsable(caller, photoIds, "photoIds")
                .chain(() -> photos.attach(id, photoIds, false)));
    }

    public Uni<OpinionViews.Detail> withdraw(Caller caller, long id, @Valid Commands.Withdraw command) {
        return act(caller, id, OpinionAction.WITHDRAW, command.note(), Visibility.PUBLIC, step -> close(step));
    }

    /** The first UNSATISFIED reopens the opinion; a second one closes it flagged for supervision. */
    public Uni<OpinionViews.Detail> rate(Caller caller, long id, @Valid Commands.RatingInput command) {
        if (command.rating() == Rating.UNSATISFIED && (command.reason() == null || command.reason().isBlank())) {
            return Uni.createFrom().failure(ApiException.invalidField("reason", "field.unsatisfied-reason"));
        }
        String note = command.rating() + (command.reason() == null ? "" : ": " + command.reason().strip());
        return act(caller, id, OpinionAction.RATE, note, Visibility.PUBLIC, step -> {
            Opinion o = step.opinion();
            if (o.repliedAt == null || step.now().isAfter(o.repliedAt.plus(deadlines.ratingPeriod()))) {
                throw new ApiException(ErrorCode.RATING_PERIOD_OVER);
            }
            o.state = OpinionLifecycle.afterRating(command.rating(), o.unsatisfiedCount);
            o.rating = command.rating();
            if (command.rating() == Rating.UNSATISFIED) {
                o.unsatisfiedCount++;
                if (o.state == OpinionState.IN_PROGRESS) {
                    o.replyDueAt = replyDeadlines.replyBy(step.now(), o.kind);
                } else {
                    o.flagged = true;
                    o.flagReasons = "UNSATISFIED_TWICE";
                }
            }
            if (o.state == OpinionState.CLOSED) {
                o.closedAt = step.now();
            }
            return Uni.createFrom().voidItem();
        });
    }

    /** Moves the deadline that runs now by some working days; once per opinion. */
    public Uni<OpinionViews.Detail> extend(Caller caller, long id, @Valid Commands.Extend command) {
        if (command.workingDays() > deadlines.longestExtension()) {
            return Uni.createFrom().failure(ApiException.invalidField("workingDays", "field.extension-too-long", deadlines.longestExtension()));
        }
        String note = command.workingDays() + ": " + command.reason().strip();
        return act(caller, id, OpinionAction.EXTEND, note, Visibility.PUBLIC, step -> {
            Opinion o = step.opinion();
            if (o.extendedAt != null) {
                throw new ApiException(ErrorCode.ALREADY_EXTENDED);
            }
            o.extendedAt = step.now();
            if (o.replyDueAt != null) {
                o.replyDueAt = deadlines.extended(o.replyDueAt, command.workingDays());
            } else {
                o.acceptDueAt = deadlines.extended(o.acceptDueAt, command.workingDays());
            }
            return Uni.createFrom().voidItem();
        });
    }

    /** Shows an answered opinion on the public board, with personal data taken out of its text. */
    public Uni<OpinionViews.Detail> publish(Caller caller, long id, @Valid Commands.Publish command) {
        return act(caller, id, OpinionAction.PUBLISH, command.note(), Visibility.INTERNAL, step -> {
            Opinion o = step.opinion();
            if (!o.consentToPublish || o.confidential) {
                throw new ApiException(ErrorCode.NOT_PUBLISHABLE);
            }
            return submitterName(o).chain(name -> {
                List<String> hidden = o.anonymous ? List.of(name) : List.of();
                o.publicTitle = Redaction.redact(o.title, hidden);
                o.publicContent = Redaction.redact(o.content, hidden);
                o.publicAuthor = o.anonymous || name.isBlank() ? null : name;
                o.publishedAt = o.publishedAt == null ? step.now() : o.publishedAt;
                return replies.of(o.id).invoke(list -> list.forEach(r -> r.publicContent = Redaction.redact(r.content, hidden)));
            }).replaceWithVoid();
        });
    }

    /** The name the submitter shows (their nickname), which an anonymous opinion's public text must not hold. */
    private static Uni<String> submitterName(Opinion o) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("select coalesce(nickname, '') from users where id = :id", String.class)
                .setParameter("id", o.submitterId).getSingleResult());
    }

    public Uni<OpinionViews.Detail> unpublish(Caller caller, long id, @Valid Commands.Publish command) {
        return act(caller, id, OpinionAction.UNPUBLISH, command.note(), Visibility.INTERNAL, step -> {
            Opinion o = step.opinion();
            if (o.publishedAt == null) {
                throw new ApiException(ErrorCode.ACTION_NOT_ALLOWED_IN_STATE, o.state.name());
            }
            o.publishedAt = null;
            return Uni.createFrom().voidItem();
        });
    }

    public Uni<OpinionViews.Detail> note(Caller caller, long id, @Valid Commands.Note command) {
        return act(caller, id, OpinionAction.NOTE, command.note().strip(), Visibility.INTERNAL, step -> Uni.createFrom().voidItem());
    }

    /** Staff in scope see the full phone; the reveal is recorded on the internal timeline. */
    @WithTransaction
    public Uni<Commands.RevealedPhone> revealPhone(Caller caller, long id) {
        return checked(caller, id, OpinionAction.REVEAL_PHONE)
                .invoke(step -> {
                    if (step.opinion().phoneCipher == null) {
                        throw new ApiException(ErrorCode.NO_PHONE_HELD); // none given, or erased with the account
                    }
                })
                .chain(step -> journal.append(step.opinion(), "PHONE_REVEALED", step.opinion().state, caller.userId(), step.role(),
                        null, Visibility.INTERNAL, step.now()).replaceWith(new Commands.RevealedPhone(journal.phoneOf(step.opinion()))));
    }

    /**
     * A new lookup code for a confidential opinion whose citizen lost theirs or whose code was locked
     * by wrong tries; the old code stops working. Recorded on the internal timeline.
     */
    @WithTransaction
    public Uni<Commands.LookupCode> reissueLookupCode(Caller caller, long id) {
        return checked(caller, id, OpinionAction.REISSUE_LOOKUP_CODE).chain(step -> {
            Opinion o = step.opinion();
            if (!o.confidential) {
                throw new ApiException(ErrorCode.ACTION_NOT_ALLOWED_IN_STATE, o.state.name());
            }
            String code = lookupCodes.newCode();
            o.lookupCodeHash = lookupCodes.hash(o.trackingNo, code);
            o.lookupFailures = 0;
            return journal.append(o, OpinionAction.REISSUE_LOOKUP_CODE.name(), o.state, caller.userId(), step.role(), null,
                    Visibility.INTERNAL, step.now()).replaceWith(new Commands.LookupCode(code));
        });
    }

    Uni<OpinionViews.Detail> act(Caller caller, long id, OpinionAction action, String note, Visibility visibility,
            Function<Step, Uni<Void>> change) {
        return act(caller, id, action, note, List.of(), visibility, change);
    }

    /** Checks the action, applies {@code change}, and writes the event (with its photos) in one transaction. */
    @WithTransaction
    Uni<OpinionViews.Detail> act(Caller caller, long id, OpinionAction action, String note, List<Long> photoIds,
            Visibility visibility, Function<Step, Uni<Void>> change) {
        return checked(caller, id, action).chain(step -> {
            Opinion o = step.opinion();
            OpinionState before = o.state;
            OpinionLifecycle.Rule rule = OpinionLifecycle.rule(action);
            if (rule.to() != null) {
                o.state = rule.to();
            }
            o.updatedAt = step.now();
            // Flushing the opinion first lets its version check decide a race before anything else is written.
            return change.apply(step)
                    .invoke(o::refreshDue)
                    .chain(() -> Panache.getSession().chain(session -> session.flush()))
                    .chain(() -> journal.append(o, action.name(), before, caller.userId(), step.role(), note, photoIds, visibility, step.now()))
                    .chain(() -> Panache.getSession().chain(session -> session.flush()))
                    .chain(() -> announce(action, o, note, step.now()))
                    .chain(() -> journal.detail(o, new OpinionAccess.Standing(step.role()), null));
        });
    }

    /** Loads the opinion and checks the lifecycle table: 404, 403 or 409, in that order. */
    private Uni<Step> checked(Caller caller, long id, OpinionAction action) {
        return opinions.findById(id).chain(o -> {
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
                return new Step(o, standing.role(), Instant.now(clock));
            });
        });
    }

    /** Who hears of an action (SPEC §3), written to the outbox in the action's transaction. */
    private Uni<Void> announce(OpinionAction action, Opinion o, String note, Instant now) {
        return switch (action) {
            case ACCEPT -> outbox.toUser(o.submitterId, NotificationKind.OPINION_ACCEPTED, o.id, null, now);
            case REJECT -> outbox.toUser(o.submitterId, NotificationKind.OPINION_REJECTED, o.id, note, now);
            case REPLY -> outbox.toUser(o.submitterId, NotificationKind.OPINION_REPLIED, o.id, null, now);
            case ASSIGN -> outbox.toDeputy(o.deputyId, NotificationKind.OPINION_ASSIGNED, o.id, null, now);
            // An unsatisfied citizen sends the work back to the deputy who has it.
            case RATE -> o.state == OpinionState.IN_PROGRESS && o.deputyId != null
                    ? outbox.toDeputy(o.deputyId, NotificationKind.OPINION_ASSIGNED, o.id, note, now)
                    : Uni.createFrom().voidItem();
            default -> Uni.createFrom().voidItem();
        };
    }

    private static Uni<Void> close(Step step) {
        step.opinion().closedAt = step.now();
        return Uni.createFrom().voidItem();
    }

    /** One action under way: the opinion, who acts, and when. */
    record Step(Opinion opinion, ActorRole role, Instant now) {
    }
}
