package cn.liaison.board;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.vertx.mutiny.sqlclient.Row;

/** The open figures of how opinions are answered. */
public final class StatsViews {

    private StatsViews() {
    }

    @Schema(name = "OpinionFigures")
    public record Figures(long received, long accepted, long replied,
            @Schema(description = "First replies given by the reply deadline") long repliedOnTime,
            @Schema(description = "Working days from acceptance to the first reply; null without replies") Double averageReplyWorkingDays,
            Satisfaction satisfaction) {

        static final Figures NONE = new Figures(0, 0, 0, 0, null, new Satisfaction(0, null, null, null));

        /** Reads the columns every figures query selects, in this order, starting at {@code at}. */
        static Figures of(Row r, int at) {
            long rated = r.getLong(at + 5);
            return new Figures(r.getLong(at), r.getLong(at + 1), r.getLong(at + 2), r.getLong(at + 3), round(r.getDouble(at + 4)),
                    new Satisfaction(rated, share(r.getLong(at + 6), rated), share(r.getLong(at + 7), rated), share(r.getLong(at + 8), rated)));
        }

        /** The figures columns, over rows named {@code f}. */
        static final String COLUMNS = "count(*), count(f.accepted_at), count(f.first_replied_at),"
                + " count(*) filter (where f.replied_on_time), avg(f.reply_working_days)::float8, count(f.rating),"
                + " count(*) filter (where f.rating = 'SATISFIED'), count(*) filter (where f.rating = 'BASICALLY_SATISFIED'),"
                + " count(*) filter (where f.rating = 'UNSATISFIED')";
    }

    @Schema(name = "Satisfaction", description = "Shares of the rated answers (满意/基本满意/不满意); null without ratings")
    public record Satisfaction(long rated, Double satisfied, Double basicallySatisfied, Double unsatisfied) {
    }

    @Schema(name = "FiguresGroup")
    public record Group(Long id, String name, Figures figures) {
    }

    @Schema(name = "FiguresMonth")
    public record Month(@Schema(example = "2026-11") String month, Figures figures) {
    }

    @Schema(name = "PublicStats")
    public record PublicStats(Long regionId, String regionName, @Schema(example = "2026-01") String from,
            @Schema(example = "2026-11") String to, @Schema(description = "When the figures were counted (at most a minute ago)") OffsetDateTime countedAt,
            Figures total, List<Group> byCategory, List<Group> byRegion, List<Month> monthly) {
    }

    @Schema(name = "StaffFiguresRow")
    public record StaffRow(Long id, String name, Figures figures,
            @Schema(description = "Open now (not yet replied), whenever received") long backlog,
            @Schema(description = "Open now and past their deadline") long overdue,
            @Schema(description = "Open now and supervised (督办)") long supervised) {
    }

    @Schema(name = "StaffStats")
    public record StaffStats(String by, String from, String to, OffsetDateTime countedAt, List<StaffRow> rows) {
    }

    static Double share(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 10000.0 / whole) / 10000.0;
    }

    static Double round(Double value) {
        return value == null ? null : Math.round(value * 100) / 100.0;
    }
}
