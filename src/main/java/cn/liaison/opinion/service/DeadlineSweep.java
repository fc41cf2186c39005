package cn.liaison.opinion.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import cn.liaison.deadline.DeadlineRules;
import cn.liaison.directory.Deputies;
import cn.liaison.identity.StaffDirectory;
import cn.liaison.notification.Letter;
import cn.liaison.notification.Notice;
import cn.liaison.notification.NotificationKind;
import cn.liaison.notification.Outbox;
import cn.liaison.opinion.OpinionAction;
import cn.liaison.opinion.OpinionLifecycle;
import cn.liaison.opinion.repository.OpinionSweeps;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;

/**
 * Applies the system's rows of {@link OpinionLifecycle}: supervises (督办) opinions whose deadline
 * passed {@code superviseAfter} working days ago, telling the deputy and the responsible office,
 * and closes answers nobody rated within the rating period, telling the citizen. Every instance
 * runs it; each batch of rows, their events and their notifications are one transaction.
 */
@ApplicationScoped
public class DeadlineSweep {

    private static final Logger LOG = Logger.getLogger(DeadlineSweep.class);
    static final int BATCH = 200;
    static final Duration LONGEST_RUN = Duration.ofMinutes(10);

    private final OpinionSweeps sweeps;
    private final DeadlineRules rules;
    private final Deputies deputies;
    private final StaffDirectory staff;
    private final Outbox outbox;
    private final Clock clock;

    public DeadlineSweep(OpinionSweeps sweeps, DeadlineRules rules, Deputies deputies, StaffDirectory staff, Outbox outbox, Clock clock) {
        this.sweeps = sweeps;
        this.rules = rules;
        this.deputies = deputies;
        this.staff = staff;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** How many opinions one run supervised and closed. */
    public record Result(long supervised, long closed) {
    }

    /**
     * On a worker thread, waiting for the run: a scheduled method that returns a {@code Uni} runs on
     * the event loop, where Hibernate Reactive's context cannot be made (it failed every time so).
     */
    @Scheduled(every = "${liaison.jobs.sweep-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            Result r = run().await().atMost(LONGEST_RUN);
            if (r.supervised() + r.closed() > 0) {
                LOG.infof("Deadline sweep: %d supervised, %d closed unrated", r.supervised(), r.closed());
            }
        } catch (RuntimeException e) {
            LOG.warnf("Deadline sweep failed: %s", e.toString());
        }
    }

    /**
     * One run on a Vert.x context of its own, as Hibernate Reactive needs, whoever asks: the
     * scheduler, or a test standing in for two instances at once.
     */
    public Uni<Result> run() {
        return Uni.createFrom().emitter(emitter -> VertxContextSupport.<Result>subscribe(() -> runHere().toMulti(),
                subscribe -> subscribe.with(emitter::complete, emitter::fail)));
    }

    private Uni<Result> runHere() {
        Instant now = Instant.now(clock);
        return batches(() -> supervise(rules.supervisionCutoff(now), now), 0)
                .chain(supervised -> batches(() -> autoClose(now.minus(rules.ratingPeriod()), now), 0)
                        .map(closed -> new Result(supervised, closed)));
    }

    private Uni<Long> batches(Supplier<Uni<Integer>> batch, long done) {
        return batch.get().chain(count -> count < BATCH ? Uni.createFrom().item(done + count) : batches(batch, done + count));
    }

    private Uni<Integer> supervise(Instant cutoff, Instant now) {
        return Panache.withTransaction(() -> sweeps.supervise(OpinionLifecycle.rule(OpinionAction.SUPERVISE), cutoff, BATCH, now)
                .call(swept -> deputies.accounts(swept.stream().map(OpinionSweeps.Swept::deputyId).filter(id -> id != null).toList())
                        .chain(deputyAccounts -> staff.responsibleFor(swept.stream().map(OpinionSweeps.Swept::regionPath).toList())
                                .chain(offices -> outbox.send(supervisionLetters(swept, deputyAccounts, offices), now))))
                .map(List::size));
    }

    private Uni<Integer> autoClose(Instant cutoff, Instant now) {
        return Panache.withTransaction(() -> sweeps.autoClose(OpinionLifecycle.rule(OpinionAction.AUTO_CLOSE), cutoff, BATCH, now)
                .call(swept -> outbox.send(swept.stream()
                        .map(o -> new Letter(o.submitterId(), notice(NotificationKind.OPINION_CLOSED, o))).toList(), now))
                .map(List::size));
    }

    private static List<Letter> supervisionLetters(List<OpinionSweeps.Swept> swept, Map<Long, Long> deputyAccounts,
            Map<String, List<Long>> offices) {
        List<Letter> letters = new ArrayList<>();
        for (OpinionSweeps.Swept o : swept) {
            Notice notice = notice(NotificationKind.OPINION_SUPERVISED, o);
            Long deputyAccount = o.deputyId() == null ? null : deputyAccounts.get(o.deputyId());
            if (deputyAccount != null) {
                letters.add(new Letter(deputyAccount, notice));
            }
            offices.getOrDefault(o.regionPath(), List.of()).forEach(id -> letters.add(new Letter(id, notice)));
        }
        return letters;
    }

    private static Notice notice(NotificationKind kind, OpinionSweeps.Swept o) {
        return new Notice(kind, o.id(), o.trackingNo(), o.title(), o.state().name(), null);
    }
}
