package cn.liaison.opinion.service;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.identity.Caller;
import cn.liaison.opinion.FigureCounts;
import cn.liaison.opinion.OpinionFigures;
import cn.liaison.opinion.OpinionViews;
import cn.liaison.opinion.repository.OpinionFigureRepository;
import cn.liaison.opinion.repository.search.OpinionSearch;
import cn.liaison.opinion.StaffQueueFilter;
import cn.liaison.platform.config.LiaisonConfig;
import cn.liaison.platform.paging.Page;
import io.smallrye.mutiny.Uni;

/** What an office works from: the queue by deadline, in working days left, and the workbench's counts. */
@ApplicationScoped
public class StaffQueue {

    /** "Due soon" on the workbench: within two working days (issue: a township's day of work). */
    static final int DUE_SOON_WORKING_DAYS = 2;

    private final OpinionSearch search;
    private final OpinionFigureRepository counts;
    private final OpinionFigures figures;
    private final OpinionDeadlines deadlines;
    private final LiaisonConfig config;
    private final Clock clock;

    public StaffQueue(OpinionSearch search, OpinionFigureRepository counts, OpinionFigures figures, OpinionDeadlines deadlines,
            LiaisonConfig config, Clock clock) {
        this.search = search;
        this.counts = counts;
        this.figures = figures;
        this.deadlines = deadlines;
        this.config = config;
        this.clock = clock;
    }

    /** The staff queue within scope, by deadline, each with the working days it has left. */
    public Uni<Page<OpinionViews.Summary>> queue(Caller caller, StaffQueueFilter filter, String cursor, int limit) {
        Instant now = Instant.now(clock);
        return search.queue(caller, filter, cursor, limit).map(page -> new Page<>(page.items().stream()
                .map(s -> s.withWorkingDaysLeft(s.dueAt() == null ? null : deadlines.workingDaysLeft(s.dueAt().toInstant(), now)))
                .toList(), page.nextCursor()));
    }

    /** When a limit of {@code workingDays} from today ends: the queue's "due within" filter. */
    public Instant dueWithin(int workingDays) {
        return deadlines.withinWorkingDays(Instant.now(clock), workingDays);
    }

    public Uni<OpinionViews.Workbench> workbench(Caller caller) {
        String scope = caller.scopePrefix() == null ? "" : caller.scopePrefix();
        Instant now = Instant.now(clock);
        YearMonth last = YearMonth.from(now.atZone(config.timeZone()));
        YearMonth first = last.minusMonths(11);
        return counts.waiting(scope, now, dueWithin(DUE_SOON_WORKING_DAYS))
                .chain(waiting -> figures.under(scope, first.atDay(1), last.atDay(1)).map(counted -> {
                    List<OpinionViews.Month> months = new ArrayList<>();
                    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                        FigureCounts c = counted.byMonth().get(m.toString());
                        months.add(new OpinionViews.Month(m.toString(), c == null ? 0 : c.received(), c == null ? 0 : c.replied()));
                    }
                    return new OpinionViews.Workbench(waiting, DUE_SOON_WORKING_DAYS, months);
                }));
    }
}
