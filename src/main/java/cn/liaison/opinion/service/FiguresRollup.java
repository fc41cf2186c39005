package cn.liaison.opinion.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import cn.liaison.opinion.repository.OpinionFigureRepository;
import cn.liaison.platform.config.LiaisonConfig;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * Keeps {@code opinion_figures}: every few seconds one instance (an advisory lock decides which)
 * recounts the months, by submission, of the opinions changed since its last run. Runs overlap by
 * a minute, so a change committed late is still counted; recounting a whole month makes that safe.
 */
@ApplicationScoped
public class FiguresRollup {

    private static final Logger LOG = Logger.getLogger(FiguresRollup.class);
    private static final Duration OVERLAP = Duration.ofMinutes(1);

    private final OpinionFigureRepository figures;
    private final LiaisonConfig config;
    private final Clock clock;

    public FiguresRollup(OpinionFigureRepository figures, LiaisonConfig config, Clock clock) {
        this.figures = figures;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${liaison.jobs.figures-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return recount().onFailure().invoke(e -> LOG.warnf("Figures rollup failed: %s", e.toString()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Recounts what changed; false when another instance is doing it right now. */
    public Uni<Boolean> recount() {
        return figures.recount(config.timeZone(), Instant.now(clock).minus(OVERLAP));
    }
}
