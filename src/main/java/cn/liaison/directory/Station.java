package cn.liaison.directory;

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

/** A liaison station (联络站) or room; {@code regionPath} copies its region's path for scope checks. */
@Entity
@Table(name = "stations")
public class Station {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "region_id")
    public Long regionId;

    @Column(name = "region_path")
    public String regionPath;

    @Enumerated(EnumType.STRING)
    public StationLevel level;

    public String name;

    public String address;

    public Double latitude;

    public Double longitude;

    @Column(name = "opening_hours")
    public String openingHours;

    public String phone;

    @Column(columnDefinition = "text")
    public String introduction;

    @Column(columnDefinition = "text")
    public String rules;

    @Convert(converter = IdList.class)
    @Column(name = "photo_ids")
    public List<Long> photoIds = List.of();

    public boolean active = true;

    /** Moves on every change of what the public sees: the county office checks it for freshness. */
    @Column(name = "info_updated_at")
    public Instant infoUpdatedAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
