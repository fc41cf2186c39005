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
import jakarta.persistence.Version;

/**
 * A deputy's public profile. {@code regionPath} is that of the primary station; {@code userId}
 * stays empty until the deputy binds their WeChat account with an invitation code.
 */
@Entity
@Table(name = "deputies")
public class Deputy {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String name;

    public String gender;

    public String ethnicity;

    @Enumerated(EnumType.STRING)
    public DeputyLevel level;

    public String term;

    public String occupation;

    @Column(name = "work_unit")
    public String workUnit;

    @Column(name = "photo_id")
    public Long photoId;

    @Column(columnDefinition = "text")
    public String biography;

    @Column(name = "public_contact")
    public String publicContact;

    @Column(name = "roster_key")
    public String rosterKey;

    @Column(name = "primary_station_id")
    public Long primaryStationId;

    @Column(name = "region_path")
    public String regionPath;

    @Column(name = "user_id")
    public Long userId;

    public boolean active = true;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
