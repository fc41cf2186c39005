package cn.liaison.deadline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.validation.Valid;

import org.jboss.logging.Logger;

import cn.liaison.deadline.TimeLimits.OpinionKindName;
import cn.liaison.deadline.repository.TimeLimitRepository;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * The time limits in force: what admins set in the console over the deployment's configuration,
 * held in memory so that deadlines are computed without a query. A change applies at once on the
 * instance that made it and within 30 seconds on the others, as the calendar does.
 */
@ApplicationScoped
public class TimeLimitSettings {

    private static final Logger LOG = Logger.getLogger(TimeLimitSettings.class);

    private final TimeLimitRepository stored;
    private final TimeLimits defaults;
    private final Clock clock;
    private volatile TimeLimits current;

    public TimeLimitSettings(TimeLimitRepository stored, DeadlineConfig config, Clock clock) {
        this.stored = stored;
        this.clock = clock;
        Map<OpinionKindName, Integer> byKind = new EnumMap<>(OpinionKindName.class);
        config.replyWithinByKind().forEach((kind, days) -> Arrays.stream(OpinionKindName.values()).filter(k -> k.name().equals(kind))
                .findFirst().ifPresentOrElse(k -> byKind.put(k, days),
                        () -> LOG.warnf("liaison.deadlines.reply-within-by-kind names no kind of opinion: %s", kind)));
        this.defaults = new TimeLimits(config.acceptWithin(), config.replyWithin(), byKind, config.longestExtension(), config.superviseAfter(),
                (int) config.ratingPeriod().toDays());
        this.current = defaults;
    }

    public TimeLimits current() {
        return current;
    }

    void loadAtStart(@Observes StartupEvent event) {
        try {
            reload().await().atMost(Duration.ofSeconds(10));
        } catch (RuntimeException e) {
            LOG.warnf("Time limits not loaded yet (%s); the configured ones until the next refresh", e.getMessage());
        }
    }

    @Scheduled(every = "30s", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> refresh() {
        return reload().onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Replaces the limits; deadlines computed from now on follow them, those already set stay. */
    public Uni<TimeLimits> replace(@Valid TimeLimits limits) {
        return stored.save(limits, Instant.now(clock)).chain(this::reload).replaceWith(() -> current);
    }

    private Uni<Void> reload() {
        return stored.over(defaults).invoke(limits -> current = limits).replaceWithVoid();
    }
}
