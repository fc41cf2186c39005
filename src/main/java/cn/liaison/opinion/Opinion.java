package cn.liaison.opinion;

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

    /** Recomputes {@link #dueAt} after a change of state or deadline. */
    public void refreshDue() {
        boolean waiting = state == OpinionState.SUBMITTED || state == OpinionState.ACCEPTED || state == OpinionState.IN_PROGRESS;
        Instant due = replyDueAt != null ? replyDueAt : acceptDueAt;
        dueAt = waiting && due != null ? due : NO_DEADLINE;
    }
}
