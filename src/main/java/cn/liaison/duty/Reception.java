package cn.liaison.duty;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A reception day at a station. {@code booked} only moves in SQL that also checks the capacity. */
@Entity
@Table(name = "receptions")
public class Reception {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "station_id")
    public Long stationId;

    @Column(name = "region_path")
    public String regionPath;

    @Column(name = "starts_at")
    public Instant startsAt;

    @Column(name = "ends_at")
    public Instant endsAt;

    public String topic;

    public int capacity;

    public int booked;

    @Column(name = "created_by")
    public Long createdBy;

    public boolean cancelled;

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public long version;
}
