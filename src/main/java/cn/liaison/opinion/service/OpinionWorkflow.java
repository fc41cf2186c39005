package cn.liaison.opinion.service;

import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;

import cn.liaison.directory.Deputies;
import cn.liaison.identity.Caller;
import cn.liaison.opinion.Opinion;
import cn.liaison.opinion.OpinionAction;
import cn.liaison.casework.Visibility;
import cn.liaison.opinion.OpinionLifecycle;
import cn.liaison.opinion.OpinionReply;
import cn.liaison.opinion.OpinionViews;
import cn.liaison.opinion.Rating;
import cn.liaison.opinion.repository.OpinionReplyRepository;
import cn.liaison.opinion.repository.OpinionRepository;
import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.error.ErrorCode;
import cn.liaison.platform.persistence.RetriedOnDeadlock;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Every action on an opinion: each public method is one transaction in which {@link OpinionSteps}
 * loads the opinion and checks {@link OpinionLifecycle}, the opinion changes itself, and the change
 * is saved, recorded and announced.
 */
@ApplicationScoped
@WithTransaction
@RetriedOnDeadlock
public class OpinionWorkflow {

    private final OpinionSteps steps;
    private final OpinionRepository opinions;
    private final OpinionReplyRepository replies;
    private final Deputies deputies;
    private final OpinionPhotos photos;
    private final PublicText publicText;
    private final OpinionDeadlines deadlines;

    public OpinionWorkflow(OpinionSteps steps, OpinionRepository opinions, OpinionReplyRepository replies, Deputies deputies,
            OpinionPhotos photos, PublicText publicText, OpinionDeadlines deadlines) {
        this.steps = steps;
        this.opinions = opinions;
        this.replies = replies;
        this.deputies = deputies;
        this.photos = photos;
        this.publicText = publicText;
        this.deadlines = deadlines;
    }

    public Uni<OpinionViews.Detail> accept(Caller caller, long id, @Valid Commands.Accept command) {
        return act(caller, id, OpinionAction.ACCEPT, command.note(), step -> done(() -> step.opinion()
                .accept(step.now(), deadlines.replyBy(step.now(), step.opinion().kind))));
    }

    /** Rejecting an opinion held for review is the review's outcome too: the flag goes with it. */
    public Uni<OpinionViews.Detail> reject(Caller caller, long id, @Valid Commands.Reject command) {
        return act(caller, id, OpinionAction.REJECT, command.reasonCode() + ": " + command.note().strip(), step -> done(() -> {
            step.opinion().finish(step.now());
            step.opinion().clearFlag();
        }));
    }

    public Uni<OpinionViews.Detail> merge(Caller caller, long id, @Valid Commands.Merge command) {
        return act(caller, id, OpinionAction.MERGE, command.note(), step -> opinions.findById(command.primaryId()).invoke(primary -> {
            if (primary == null || !caller.mayAdminister(primary.regionPath) || !primary.canTakeIn(step.opinion())) {
                throw ApiException.invalidField("primaryId", "field.primary-unknown");
            }
            step.opinion().mergeInto(primary, step.now());
        }).replaceWithVoid());
    }

    public Uni<OpinionViews.Detail> assign(Caller caller, long id, @Valid Commands.Assign command) {
        return act(caller, id, OpinionAction.ASSIGN, command.note(), step -> deputies.byId(command.deputyId()).invoke(deputy -> {
            if (deputy == null || !deputy.active() || !caller.mayAdminister(deputy.regionPath())) {
                throw ApiException.invalidField("deputyId", "field.deputy-unknown");
            }
            step.opinion().deputyId = deputy.id();
        }).replaceWithVoid());
    }

    public Uni<OpinionViews.Detail> transfer(Caller caller, long id, @Valid Commands.Transfer command) {
        return act(caller, id, OpinionAction.TRANSFER, command.note(), step -> opinions.departmentActive(command.departmentId())
                .invoke(active -> {
                    if (!active) {
                        throw ApiException.invalidField("departmentId", "field.department-unknown");
                    }
                    step.opinion().departmentId = command.departmentId();
                }).replaceWithVoid());
    }

    public Uni<OpinionViews.Detail> reply(Caller caller, long id, @Valid Commands.Reply command) {
        return act(caller, id, OpinionAction.REPLY, null, step -> {
            Opinion o = step.opinion();
            OpinionReply reply = OpinionReply.to(o, caller.userId(), step.role(), command.departmentId(), command.content().strip(),
                    command.photoIds(), step.now());
            o.answered(step.now(), deadlines.workingDaysBetween(o.acceptedAt, step.now()));
            return photos.attachOwn(caller, id, reply.photoIds, true)
                    .chain(() -> publicText.ofNewReply(o, reply))
                    .chain(() -> replies.persist(reply)).replaceWithVoid();
        });
    }

    public Uni<OpinionViews.Detail> followUp(Caller caller, long id, @Valid Commands.FollowUp command) {
        List<Long> photoIds = command.photoIds() == null ? List.of() : List.copyOf(command.photoIds());
        return steps.act(caller, id, OpinionAction.FOLLOW_UP, command.content().strip(), photoIds, Visibility.PUBLIC,
                step -> photos.attachOwn(caller, id, photoIds, false));
    }

    public Uni<OpinionViews.Detail> withdraw(Caller caller, long id, @Valid Commands.Withdraw command) {
        return act(caller, id, OpinionAction.WITHDRAW, command.note(), step -> done(() -> step.opinion().finish(step.now())));
    }

    /** The first UNSATISFIED reopens the opinion; a second one closes it flagged for supervision. */
    public Uni<OpinionViews.Detail> rate(Caller caller, long id, @Valid Commands.RatingInput command) {
        if (command.rating() == Rating.UNSATISFIED && (command.reason() == null || command.reason().isBlank())) {
            return Uni.createFrom().failure(ApiException.invalidField("reason", "field.unsatisfied-reason"));
        }
        String note = command.rating() + (command.reason() == null ? "" : ": " + command.reason().strip());
        return act(caller, id, OpinionAction.RATE, note, step -> done(() -> {
            Opinion o = step.opinion();
            if (!o.mayBeRated(step.now(), deadlines.ratingPeriod())) {
                throw new ApiException(ErrorCode.RATING_PERIOD_OVER);
            }
            o.rate(command.rating(), step.now(), () -> deadlines.replyBy(step.now(), o.kind));
        }));
    }

    /** Moves the deadline that runs now by some working days; once per opinion. */
    public Uni<OpinionViews.Detail> extend(Caller caller, long id, @Valid Commands.Extend command) {
        if (command.workingDays() > deadlines.longestExtension()) {
            return Uni.createFrom().failure(ApiException.invalidField("workingDays", "field.extension-too-long", deadlines.longestExtension()));
        }
        return act(caller, id, OpinionAction.EXTEND, command.workingDays() + ": " + command.reason().strip(), step -> done(() -> {
            if (step.opinion().wasExtended()) {
                throw new ApiException(ErrorCode.ALREADY_EXTENDED);
            }
            step.opinion().extend(step.now(), due -> deadlines.extended(due, command.workingDays()));
        }));
    }

    /** Shows an answered opinion on the public board, with personal data taken out of its text. */
    public Uni<OpinionViews.Detail> publish(Caller caller, long id, @Valid Commands.Publish command) {
        return steps.act(caller, id, OpinionAction.PUBLISH, command.note(), List.of(), Visibility.INTERNAL, step -> {
            if (!step.opinion().publishable()) {
                throw new ApiException(ErrorCode.NOT_PUBLISHABLE);
            }
            return publicText.publish(step.opinion(), step.now());
        });
    }

    /** The public text publishing would show, checked as publishing is, changing nothing. */
    public Uni<OpinionViews.PublicationPreview> previewPublication(Caller caller, long id) {
        return steps.checked(caller, id, OpinionAction.PUBLISH).chain(step -> {
            if (!step.opinion().publishable()) {
                throw new ApiException(ErrorCode.NOT_PUBLISHABLE);
            }
            return publicText.preview(step.opinion());
        });
    }

    public Uni<OpinionViews.Detail> unpublish(Caller caller, long id, @Valid Commands.Publish command) {
        return steps.act(caller, id, OpinionAction.UNPUBLISH, command.note(), List.of(), Visibility.INTERNAL, step -> done(() -> {
            if (!step.opinion().published()) {
                throw new ApiException(ErrorCode.ACTION_NOT_ALLOWED_IN_STATE, step.opinion().state.name());
            }
            step.opinion().unpublish();
        }));
    }

    /** Review found nothing wrong: the flag goes, and the timeline says who released it. */
    public Uni<OpinionViews.Detail> clearFlag(Caller caller, long id, @Valid Commands.ClearFlag command) {
        return steps.act(caller, id, OpinionAction.CLEAR_FLAG, command.note(), List.of(), Visibility.INTERNAL, step -> done(() -> {
            if (!step.opinion().flagged) {
                throw new ApiException(ErrorCode.ACTION_NOT_ALLOWED_IN_STATE, step.opinion().state.name());
            }
            step.opinion().clearFlag();
        }));
    }

    public Uni<OpinionViews.Detail> note(Caller caller, long id, @Valid Commands.Note command) {
        return steps.act(caller, id, OpinionAction.NOTE, command.note().strip(), List.of(), Visibility.INTERNAL, step -> done(() -> { }));
    }

    private Uni<OpinionViews.Detail> act(Caller caller, long id, OpinionAction action, String note,
            Function<OpinionSteps.Step, Uni<Void>> change) {
        return steps.act(caller, id, action, note, List.of(), Visibility.PUBLIC, change);
    }

    private static Uni<Void> done(Runnable change) {
        change.run();
        return Uni.createFrom().voidItem();
    }
}
