package cn.liaison.directory.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.directory.DeputyActivity;
import cn.liaison.directory.DeputyDetails;
import cn.liaison.platform.config.LiaisonConfig;
import io.smallrye.mutiny.Uni;

/** A deputy's figures for a year or its quarters, asked of the features that hold the work. */
@ApplicationScoped
public class DeputyFigures {

    private final DeputyActivity.Duty duty;
    private final DeputyActivity.Answers answers;
    private final ZoneId zone;

    public DeputyFigures(DeputyActivity.Duty duty, DeputyActivity.Answers answers, LiaisonConfig config) {
        this.duty = duty;
        this.answers = answers;
        this.zone = config.timeZone();
    }

    public Uni<DeputyDetails.Figures> year(long deputyId, int year, Instant now) {
        LocalDate first = LocalDate.of(year, 1, 1);
        return period(deputyId, year, 0, first, first.plusYears(1), now).map(f -> new DeputyDetails.Figures(year,
                f.dutyRecordsByType(), f.receptionDaysHeld(), f.opinionsReplied(), f.averageReplyWorkingDays(), f.satisfaction()));
    }

    public Uni<List<DeputyDetails.QuarterFigures>> quarters(long deputyId, int year, Instant now) {
        List<Uni<DeputyDetails.QuarterFigures>> quarters = new ArrayList<>();
        for (int quarter = 1; quarter <= 4; quarter++) {
            LocalDate first = LocalDate.of(year, quarter * 3 - 2, 1);
            quarters.add(period(deputyId, year, quarter, first, first.plusMonths(3), now));
        }
        return Uni.join().all(quarters).andFailFast();
    }

    /** Duty records published, reception days held and opinions first answered in [from, to). */
    private Uni<DeputyDetails.QuarterFigures> period(long deputyId, int year, int quarter, LocalDate from, LocalDate to, Instant now) {
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.atStartOfDay(zone).toInstant();
        return duty.between(deputyId, from, to, start, Collections.min(List.of(end, now)))
                .chain(work -> answers.between(deputyId, start, end).map(answered -> new DeputyDetails.QuarterFigures(year, quarter,
                        work.recordsByType(), work.receptionDaysHeld(), answered.replied(),
                        answered.averageWorkingDays() == null ? null : Math.round(answered.averageWorkingDays() * 100) / 100.0,
                        answered.satisfaction())));
    }
}
