package cn.liaison.opinion;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.liaison.casework.Rule;
import cn.liaison.platform.persistence.IdList;

/** An opinion (社情民意). Its state only changes through OpinionWorkflow, which writes the event. */
@Entity
@Table(name = "opinions")
public class Opinion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "tracking_no")
    public String trackingNo;

    @Column(name = "submitter_id")
    public Long submitterId;

    @Column(name = "phone_cipher")
    public String phoneCipher;

    @Column(name = "phone_hash")
    public String phoneHash;

    public boolean anonymous;

    public boolean confidential;

    @Column(name = "consent_to_publish")
    public boolean consentToPublish;

    @Column(name = "lookup_code_hash")
    public String lookupCodeHash;

    /** Wrong lookup codes tried since the code was issued (LookupCodes). */
    @Column(name = "lookup_failures")
    public int lookupFailures;

    @Column(name = "station_id")
    public Long stationId;

    @Column(name = "region_path")
    public String regionPath;

    @Column(name = "chosen_deputy_id")
    public Long chosenDeputyId;

    @Column(name = "category_id")
    public Long categoryId;

    @Enumerated(EnumType.STRING)
    public OpinionKind kind;

    public String title;

    @Column(columnDefinition = "text")
    public String content;

    public String place;

    public Double latitude;

    public Double longitude;

    @Convert(converter = IdList.class)
    @Column(name = "photo_ids")
    public List<Long> photoIds = List.of();

    @Enumerated(EnumType.STRING)
    public OpinionState state;

    public boolean flagged;

    @Column(name = "flag_reasons")
    public String flagReasons;

    @Column(name = "deputy_id")
    public Long deputyId;

    @Column(name = "department_id")
    public Long departmentId;

    @Column(name = "merged_into_id")
    public Long mergedIntoId;

    @Column(name = "accept_due_at")
    public Instant acceptDueAt;

    @Column(name = "accepted_at")
    public Instant acceptedAt;

    @Column(name = "reply_due_at")
    public Instant replyDueAt;

    /** The deadline that matters now, {@link #NO_DEADLINE} once nothing is due; the staff queue's order. */
    @Column(name = "due_at")
    public Instant dueAt;

    @Column(name = "replied_at")
    public Instant repliedAt;

    @Enumerated(EnumType.STRING)
    public Rating rating;

    @Column(name = "unsatisfied_count")
    public short unsatisfiedCount;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "extended_at")
    public Instant extendedAt;

    @Column(name = "supervised_at")
    public Instant supervisedAt;

    @Column(name = "first_replied_at")
    public Instant firstRepliedAt;

    @Column(name = "reply_working_days")
    public Integer replyWorkingDays;

    @Column(name = "replied_on_time")
    public Boolean repliedOnTime;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "public_title")
    public String publicTitle;

    @Column(name = "public_content", columnDefinition = "text")
    public String publicContent;

    @Column(name = "public_author")
    public String publicAuthor;

    /** Counted by the board in SQL as citizens support it; never written from here, so no update loses one. */
    @Column(name = "support_count", insertable = false, updatable = false)
    public int supportCount;

    @Version
    public long version;

    public static final Instant NO_DEADLINE = Instant.parse("9999-12-31T00:00:00Z");

    /**
     * Takes the state the lifecycle's rule leads to when it names one; a rule that names several
     * leaves the choice to the step ({@link #rate}), which makes it by the table. The caller checked the rule.
     */
    public void undergo(Rule<OpinionState, ActorRole, EventType> rule, Instant now) {
        if (rule.to().size() == 1) {
            state = rule.after(state);
        }
        updatedAt = now;
    }

    public void accept(Instant now, Instant replyDue) {
        acceptedAt = now;
        replyDueAt = replyDue;
    }

    /** Rejected, withdrawn or merged: nothing more happens to it. */
    public void finish(Instant now) {
        closedAt = now;
    }

    /** Whether {@code other} may be merged into this one: another opinion, while this one is still open. */
    public boolean canTakeIn(Opinion other) {
        return !id.equals(other.id) && OpinionLifecycle.OPEN.contains(state);
    }

    public void mergeInto(Opinion primary, Instant now) {
        mergedIntoId = primary.id;
        finish(now);
    }

    /**
     * An answer was written. The first one fixes the figures of the reply: how many working days it
     * took ({@code workingDaysSinceAcceptance}) and whether it met the deadline.
     */
    public void answered(Instant now, int workingDaysSinceAcceptance) {
        repliedAt = now;
        if (firstRepliedAt == null) {
            firstRepliedAt = now;
            replyWorkingDays = workingDaysSinceAcceptance;
            repliedOnTime = replyDueAt == null || !now.isAfter(replyDueAt);
        }
    }

    /** Whether the citizen may still rate the answer: within {@code period} of it. */
    public boolean mayBeRated(Instant now, Duration period) {
        return repliedAt != null && !now.isAfter(repliedAt.plus(period));
    }

    /**
     * The citizen's rating. The first UNSATISFIED reopens the work with a new deadline
     * ({@code newReplyDue}); a second closes the opinion flagged for supervision.
     */
    public void rate(Rating given, Instant now, Supplier<Instant> newReplyDue) {
        state = OpinionLifecycle.afterRating(given, unsatisfiedCount);
        rating = given;
        if (given == Rating.UNSATISFIED) {
            unsatisfiedCount++;
            if (state == OpinionState.IN_PROGRESS) {
                replyDueAt = newReplyDue.get();
            } else {
                flagged = true;
                flagReasons = "UNSATISFIED_TWICE";
            }
        }
        if (state == OpinionState.CLOSED) {
            closedAt = now;
        }
    }

    public boolean wasExtended() {
        return extendedAt != null;
    }

    /** Moves the deadline that runs now (the reply's once accepted, else the acceptance's) by {@code later}; once. */
    public void extend(Instant now, UnaryOperator<Instant> later) {
        extendedAt = now;
        if (replyDueAt != null) {
            replyDueAt = later.apply(replyDueAt);
        } else {
            acceptDueAt = later.apply(acceptDueAt);
        }
    }

    /**
     * This opinion's own conditions on an action the lifecycle table allows in its state: one
     * extension, publication with consent and not twice, unpublishing what is on the board, a phone
     * to reveal. The rating period is the workflow's, which knows the configured length.
     */
    public boolean permits(OpinionAction action) {
        return switch (action) {
            case EXTEND -> !wasExtended();
            case PUBLISH -> publishable() && !published();
            case UNPUBLISH -> published();
            case REVEAL_PHONE -> phoneCipher != null;
            case REISSUE_LOOKUP_CODE -> confidential;
            case CLEAR_FLAG -> flagged;
            default -> true;
        };
    }

    /** Reviewed and released; the reasons stay, for whoever reads the opinion later. */
    public void clearFlag() {
        flagged = false;
    }

    public boolean publishable() {
        return consentToPublish && !confidential;
    }

    /**
     * Shows it on the board with personal data taken out of its text; {@code submitterName} is the
     * nickname an anonymous opinion must not show.
     */
    public void publish(String submitterName, Instant now) {
        List<String> hidden = hiddenNames(submitterName);
        publicTitle = Redaction.redact(title, hidden);
        publicContent = Redaction.redact(content, hidden);
        publicAuthor = anonymous || submitterName.isBlank() ? null : submitterName;
        publishedAt = publishedAt == null ? now : publishedAt;
    }

    /** The names the public text of this opinion and its replies must not show. */
    public List<String> hiddenNames(String submitterName) {
        return anonymous ? List.of(submitterName) : List.of();
    }

    public boolean published() {
        return publishedAt != null;
    }

    public void unpublish() {
        publishedAt = null;
    }

    /** A new lookup code's hash: the old code stops working and wrong tries start again. */
    public void newLookupCode(String hash) {
        lookupCodeHash = hash;
        lookupFailures = 0;
    }

    /** Recomputes {@link #dueAt} after a change of state or deadline. */
    public void refreshDue() {
        Instant due = replyDueAt != null ? replyDueAt : acceptDueAt;
        dueAt = OpinionLifecycle.AWAITING_WORK.contains(state) && due != null ? due : NO_DEADLINE;
    }
}
