package cn.liaison.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

import io.smallrye.mutiny.Uni;

/**
 * What a deputy did in a period, counted by the features that hold it. The directory shows these
 * figures on a deputy's page; duty and opinion implement the questions, so the directory reads
 * neither their tables nor their types, and the features form no cycle.
 */
public final class DeputyActivity {

    private DeputyActivity() {
    }

    /** Published duty records and reception days held. */
    public interface Duty {

        /**
         * Records that occurred on days in [from, to), every type present (zero included), and the
         * reception days that started at or after {@code start} and ended by {@code heldBy}.
         */
        Uni<DutyCounts> between(long deputyId, LocalDate from, LocalDate to, Instant start, Instant heldBy);

        /** When each of the stations last had a duty record published; a station without one is absent. */
        Uni<Map<Long, Instant>> lastPublishedAt(Collection<Long> stationIds);

        /** Those of the deputies with a published duty record that occurred on {@code since} or later. */
        Uni<Set<Long>> recordedSince(Collection<Long> deputyIds, LocalDate since);
    }

    public record DutyCounts(Map<String, Long> recordsByType, long receptionDaysHeld) {
    }

    /** Opinions the deputy answered. */
    public interface Answers {

        /** Opinions first answered in [from, to): how many, the working days they took, and how they were rated. */
        Uni<AnswerCounts> between(long deputyId, Instant from, Instant to);
    }

    /** {@code averageWorkingDays} and {@code satisfaction} are null without replies or ratings. */
    public record AnswerCounts(long replied, Double averageWorkingDays, Double satisfaction) {
    }
}
