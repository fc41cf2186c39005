package cn.liaison.opinion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.opinion.repository.OpinionFigureRepository;
import io.smallrye.mutiny.Uni;

/** How opinions are answered, counted for the statistics others show, in values. */
@ApplicationScoped
public class OpinionFigures {

    /** What staff figures are grouped by. */
    public enum By {
        STATION, DEPUTY, DEPARTMENT
    }

    private final OpinionFigureRepository figures;

    public OpinionFigures(OpinionFigureRepository figures) {
        this.figures = figures;
    }

    /** From the monthly rollup (at most a run of the rollup behind): opinions under {@code path} received in the months given. */
    public Uni<PublicFigures> under(String path, LocalDate firstMonth, LocalDate lastMonth) {
        return figures.under(path, firstMonth, lastMonth);
    }

    /**
     * From the staff rollup (at most a run of the rollup behind): opinions under {@code scope}
     * received in the months given, by {@code by}'s id.
     */
    public Uni<Map<Long, FigureCounts>> received(By by, String scope, LocalDate firstMonth, LocalDate lastMonth) {
        return figures.received(dimension(by), scope, firstMonth, lastMonth);
    }

    /** Exact at {@code now}, from kept counts: the opinions under {@code scope} awaiting work, by {@code by}'s id. */
    public Uni<Map<Long, Backlog>> awaitingWork(By by, String scope, Instant now) {
        return figures.awaitingWork(column(by), scope, now);
    }

    /** The staff rollup's name for {@code by}. */
    private static char dimension(By by) {
        return switch (by) {
            case STATION -> 'S';
            case DEPUTY -> 'D';
            case DEPARTMENT -> 'P';
        };
    }

    private static String column(By by) {
        return switch (by) {
            case STATION -> "station_id";
            case DEPUTY -> "deputy_id";
            case DEPARTMENT -> "department_id";
        };
    }
}
