package cn.liaison.duty;

import java.time.Instant;
import java.time.LocalDate;
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

/** A deputy's duty activity (履职记录), written by the deputy or by staff on their behalf. */
@Entity
@Table(name = "duty_records")
public class DutyRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "deputy_id")
    public Long deputyId;

    /** The deputy's region path, for the review scope. */
    @Column(name = "region_path")
    public String regionPath;

    @Enumerated(EnumType.STRING)
    public DutyType type;

    @Column(name = "occurred_on")
    public LocalDate occurredOn;

    @Column(name = "station_id")
    public Long stationId;

    public String place;

    @Column(columnDefinition = "text")
    public String summary;

    public String participants;

    @Convert(converter = IdList.class)
    @Column(name = "photo_ids")
    public List<Long> photoIds = List.of();

    @Enumerated(EnumType.STRING)
    public DutyRecordState state;

    @Column(name = "return_reason")
    public String returnReason;

    @Column(name = "author_id")
    public Long authorId;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Version
    public long version;
}
