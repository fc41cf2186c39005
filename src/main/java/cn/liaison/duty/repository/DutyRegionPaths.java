package cn.liaison.duty.repository;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.region.RegionPaths;
import io.smallrye.mutiny.Uni;

/** Duty records and reception days follow a region that moves. */
@ApplicationScoped
public class DutyRegionPaths implements RegionPaths {

    private final DutyRecordRepository records;
    private final ReceptionRepository receptions;

    public DutyRegionPaths(DutyRecordRepository records, ReceptionRepository receptions) {
        this.records = records;
        this.receptions = receptions;
    }

    @Override
    public Uni<Void> moved(String from, String to) {
        return records.followMove(from, to).chain(() -> receptions.followMove(from, to)).replaceWithVoid();
    }
}
