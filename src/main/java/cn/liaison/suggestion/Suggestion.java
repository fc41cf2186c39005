package cn.liaison.suggestion;

import java.time.Instant;
import java.util.List;

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
import cn.liaison.opinion.Rating;
import cn.liaison.platform.persistence.IdList;

/** A deputy suggestion (代表建议). Its state only changes through the steps that write its event. */
@Entity
@Table(name = "suggestions")
public class Suggestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** 2026-第0123号, from acceptance on. */
    public String number;

    @Column(name = "number_year")
    public Integer numberYear;

    @Column(name = "number_seq")
    public Integer numberSeq;

    public String title;

    @Column(columnDefinition = "text")
    public String content;

    @Column(name = "lead_deputy_id")
    public Long leadDeputyId;

    @Column(name = "region_path")
    public String regionPath;

    /** The sitting it was raised at (届次/会次); null between sessions (闭会期间). */
    public String sitting;

    @Column(name = "category_id")
    public Long categoryId;

    @Convert(converter = IdList.class)
    @Column(name = "photo_ids")
    public List<Long> photoIds = List.of();

    @Enumerated(EnumType.STRING)
    public SuggestionState state;

    @Column(name = "not_accepted_reason")
    public String notAcceptedReason;

    @Column(name = "supervisor_name")
    public String supervisorName;

    @Column(name = "supervisor_title")
    public String supervisorTitle;

    public int round = 1;

    @Column(name = "assigned_at")
    public Instant assignedAt;

    @Column(name = "due_at")
    public Instant dueAt;

    @Column(name = "extended_at")
    public Instant extendedAt;

    @Column(name = "extension_reason")
    public String extensionReason;

    @Column(name = "supervised_at")
    public Instant supervisedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "result_class", columnDefinition = "char(1)")
    public ResultClass resultClass;

    @Column(name = "answered_at")
    public Instant answeredAt;

    @Column(name = "answered_on_time")
    public Boolean answeredOnTime;

    @Enumerated(EnumType.STRING)
    public Rating rating;

    @Column(name = "rating_reason")
    public String ratingReason;

    @Column(name = "unsatisfied_count")
    public int unsatisfiedCount;

    @Column(name = "rated_at")
    public Instant ratedAt;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "accepted_at")
    public Instant acceptedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    /**
     * Moves the suggestion as the lifecycle's rule says; a rule that leads to one of several states
     * leaves the choice to the step ({@link #answered}, {@link #rate}), which makes it by the table.
     */
    public void undergo(Rule<SuggestionState, SuggestionRole, SuggestionEventType> rule, Instant now) {
        if (rule.to().size() == 1) {
            state = rule.after(state);
        }
        updatedAt = now;
    }

    public void submitted(Instant now) {
        submittedAt = now;
    }

    /** 立案: it takes its number. */
    public void accept(int year, int seq, Instant now) {
        numberYear = year;
        numberSeq = seq;
        number = year + "-" + (sitting == null ? "闭会" : "") + "第" + String.format("%04d", seq) + "号";
        acceptedAt = now;
    }

    public void notAccepted(String reason, Instant now) {
        notAcceptedReason = reason;
        closedAt = now;
    }

    /** 交办, or handed back after an unsatisfied rating: a new round with its own deadline. */
    public void handOut(Instant now, Instant due) {
        assignedAt = now;
        dueAt = due;
        supervisedAt = null;
        answeredAt = null;
        answeredOnTime = null;
    }

    public void leadSupervision(String name, String title) {
        if (name != null && !name.isBlank()) {
            supervisorName = name.strip();
            supervisorTitle = title == null || title.isBlank() ? null : title.strip();
        }
    }

    public boolean wasExtended() {
        return extendedAt != null;
    }

    public void extend(Instant now, Instant due, String reason) {
        extendedAt = now;
        extensionReason = reason;
        dueAt = due;
    }

    public boolean supervised() {
        return supervisedAt != null;
    }

    public void supervise(Instant now) {
        supervisedAt = now;
    }

    /** Whether an answer given at {@code at} meets the round's deadline. */
    public boolean onTime(Instant at) {
        return dueAt == null || !at.isAfter(dueAt);
    }

    /** Every department answered this round: the lead department's class is the suggestion's. */
    public void answered(ResultClass leadClass, boolean everyOneOnTime, Instant now) {
        state = SuggestionLifecycle.afterAnswer(true);
        resultClass = leadClass;
        answeredAt = now;
        answeredOnTime = everyOneOnTime;
    }

    /** The lead deputy's rating: the first 不满意 starts another round, anything else closes it. */
    public void rate(Rating given, String reason, Instant now) {
        boolean unsatisfied = given == Rating.UNSATISFIED;
        state = SuggestionLifecycle.afterRating(unsatisfied, unsatisfiedCount);
        rating = given;
        ratingReason = reason;
        ratedAt = now;
        if (unsatisfied) {
            unsatisfiedCount++;
        }
        if (state == SuggestionState.CLOSED) {
            closedAt = now;
        } else {
            round++;
        }
    }

    /**
     * The suggestion's own conditions on top of the lifecycle table: it is submitted once every
     * deputy asked to co-sign confirmed, extended once, supervised once, published once.
     */
    public boolean permits(SuggestionAction action, boolean everyCosignerConfirmed) {
        return switch (action) {
            case SUBMIT -> everyCosignerConfirmed;
            case EXTEND -> !wasExtended();
            case SUPERVISE, SWEEP_SUPERVISE -> !supervised();
            case PUBLISH -> !published();
            default -> true;
        };
    }

    public void publish(Instant now) {
        publishedAt = now;
    }

    public boolean published() {
        return publishedAt != null;
    }
}
