package cn.liaison.suggestion.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import cn.liaison.deadline.DeadlineRules;
import cn.liaison.suggestion.SuggestionAction;
import cn.liaison.suggestion.SuggestionLifecycle;
import cn.liaison.suggestion.SuggestionState;
import cn.liaison.suggestion.repository.SuggestionSweeps;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;

/**
 * Applies the system's row of {@link SuggestionLifecycle}: supervises (督办) suggestions whose
 * departments missed their deadline by as many working days as opinions wait before supervision,
 * telling the office and the lead deputy. It runs on the opinions' sweep schedule; every instance
 * runs it, and each batch, its events and its notifications are one transaction.
 */
@ApplicationScoped
public class SuggestionSweep {

    private static final Logger LOG = Logger.getLogger(SuggestionSweep.class);
    static final int BATCH = 200;

    private final SuggestionSweeps sweeps;
    private final SuggestionNews news;
    private final DeadlineRules rules;
    private final Clock clock;

    public SuggestionSweep(SuggestionSweeps sweeps, SuggestionNews news, DeadlineRules rules, Clock clock) {
        this.sweeps = sweeps;
        this.news = news;
        this.rules = rules;
        this.clock = clock;
    }

    /** On a worker thread, waiting for the run, as the opinions' sweep does (a Uni-returning job runs on the event loop). */
    @Scheduled(every = "${liaison.jobs.sweep-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            long supervised = run().await().atMost(Duration.ofMinutes(10));
            if (supervised > 0) {
                LOG.infof("Suggestion sweep: %d supervised", supervised);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Suggestion sweep failed: %s", e.toString());
        }
    }

    /** One run on a Vert.x context of its own, as Hibernate Reactive needs; answers how many it supervised. */
    public Uni<Long> run() {
        return Uni.createFrom().emitter(emitter -> VertxContextSupport.<Long>subscribe(() -> runHere().toMulti(),
                subscribe -> subscribe.with(emitter::complete, emitter::fail)));
    }

    private Uni<Long> runHere() {
        Instant now = Instant.now(clock);
        return batches(rules.supervisionCutoff(now), now, 0);
    }

    private Uni<Long> batches(Instant cutoff, Instant now, long done) {
        return Panache.withTransaction(() -> sweeps.supervise(SuggestionLifecycle.rule(SuggestionAction.SWEEP_SUPERVISE), cutoff, BATCH, now)
                .call(swept -> news.supervised(swept.stream().map(s -> new SuggestionNews.Subject(s.id(), s.number(), s.title(),
                        SuggestionState.ASSIGNED.name(), s.leadDeputyId(), s.regionPath())).toList(), now))
                .map(List::size))
                .chain(count -> count < BATCH ? Uni.createFrom().item(done + count) : batches(cutoff, now, done + count));
    }
}
