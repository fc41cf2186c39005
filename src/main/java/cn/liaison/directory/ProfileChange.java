package cn.liaison.directory;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A deputy's own edit of their profile, waiting for staff; null fields leave the profile as it is. */
@Entity
@Table(name = "deputy_profile_changes")
public class ProfileChange {

    public enum State {
        PENDING, APPROVED, REJECTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "deputy_id")
    public Long deputyId;

    @Column(name = "region_path")
    public String regionPath;

    @Column(name = "requested_by")
    public Long requestedBy;

    @Column(name = "photo_id")
    public Long photoId;

    @Column(columnDefinition = "text")
    public String biography;

    @Column(name = "public_contact")
    public String publicContact;

    public String occupation;

    @Column(name = "work_unit")
    public String workUnit;

    @Enumerated(EnumType.STRING)
    public State state;

    public String reason;

    @Column(name = "decided_by")
    public Long decidedBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "decided_at")
    public Instant decidedAt;
}
