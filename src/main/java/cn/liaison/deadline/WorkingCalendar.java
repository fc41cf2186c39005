package cn.liaison.deadline;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import cn.liaison.deadline.repository.CalendarRepository;
import cn.liaison.platform.config.LiaisonConfig;
import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.time.WorkingDays;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * The admin-kept calendar of holidays and make-up working days, held in memory so that deadlines
 * are computed without a query (and so inside any transaction). An edit applies at once on the
 * instance that made it and within 30 seconds on the others.
 */
@ApplicationScoped
public class WorkingCalendar {

    private static final Logger LOG = Logger.getLogger(WorkingCalendar.class);

    /** Years a calendar day may fall in: a plain mistake (a year 57440) is refused, not stored. */
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2099;

    private final CalendarRepository days;
    private final LiaisonConfig config;
    private volatile WorkingDays current;

    public WorkingCalendar(CalendarRepository days, LiaisonConfig config) {
        this.days = days;
        this.config = config;
        this.current = new WorkingDays(Map.of(), config.timeZone());
    }

    /** The calendar as last loaded; weekends only until the first load succeeds. */
    public WorkingDays current() {
        return current;
    }

    void loadAtStart(@Observes StartupEvent event) {
        try {
            reload().await().atMost(Duration.ofSeconds(10));
        } catch (RuntimeException e) {
            LOG.warnf("Working-day calendar not loaded yet (%s); weekends only until the next refresh", e.getMessage());
        }
    }

    @Scheduled(every = "30s", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> refresh() {
        return reload().onFailure().recoverWithNull().replaceWithVoid();
    }

    public Uni<List<CalendarDay>> between(LocalDate from, LocalDate to) {
        return days.between(from, to);
    }

    /** Marks days as holidays or make-up working days, replacing what was said of them before. */
    public Uni<List<CalendarDay>> put(List<CalendarDay> marked) {
        for (int i = 0; i < marked.size(); i++) {
            int year = marked.get(i).day().getYear();
            if (year < FIRST_YEAR || year > LAST_YEAR) {
                return Uni.createFrom().failure(ApiException.invalidField("[" + i + "].day", "field.calendar-year", FIRST_YEAR, LAST_YEAR));
            }
        }
        return days.put(marked).chain(this::reload).replaceWith(marked);
    }

    /** Makes a day ordinary again (working from Monday to Friday). */
    public Uni<Void> remove(LocalDate day) {
        return days.remove(day).chain(this::reload);
    }

    private Uni<Void> reload() {
        return days.exceptions().invoke(exceptions -> current = new WorkingDays(exceptions, config.timeZone())).replaceWithVoid();
    }
}
