package cn.liaison.board;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.liaison.opinion.FigureCounts;

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

        static Figures of(FigureCounts c) {
            long rated = c.rated();
            return new Figures(c.received(), c.accepted(), c.replied(), c.repliedOnTime(), round(c.averageReplyWorkingDays()),
                    new Satisfaction(rated, share(c.satisfied(), rated), share(c.basicallySatisfied(), rated), share(c.unsatisfied(), rated)));
        }
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
