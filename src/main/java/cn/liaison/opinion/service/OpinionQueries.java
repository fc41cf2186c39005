package cn.liaison.opinion.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.directory.Deputies;
import cn.liaison.identity.Caller;
import cn.liaison.opinion.Opinion;
import cn.liaison.opinion.OpinionViews;
import cn.liaison.opinion.repository.LookupFailures;
import cn.liaison.opinion.repository.OpinionRepository;
import cn.liaison.opinion.repository.search.OpinionSearch;
import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.error.ErrorCode;
import cn.liaison.platform.paging.Page;
import cn.liaison.platform.ratelimit.RateLimiter;
import cn.liaison.platform.time.ApiTime;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** Reading opinions: one as the caller may see it, the timeline, and the lists of citizens, deputies and staff. */
@ApplicationScoped
public class OpinionQueries {

    private final OpinionRepository opinions;
    private final OpinionSearch search;
    private final Deputies deputies;
    private final OpinionAccess access;
    private final OpinionJournal journal;
    private final OpinionDetails details;
    private final RateLimiter rateLimiter;
    private final LookupFailures lookupFailures;
    private final LookupCodes lookupCodes;

    public OpinionQueries(OpinionRepository opinions, OpinionSearch search, Deputies deputies, OpinionAccess access,
            OpinionJournal journal, OpinionDetails details, RateLimiter rateLimiter, LookupFailures lookupFailures,
            LookupCodes lookupCodes) {
        this.opinions = opinions;
        this.search = search;
        this.deputies = deputies;
        this.access = access;
        this.journal = journal;
        this.details = details;
        this.rateLimiter = rateLimiter;
        this.lookupFailures = lookupFailures;
        this.lookupCodes = lookupCodes;
    }

    @WithSession
    public Uni<OpinionViews.Detail> show(Caller caller, long id) {
        return visible(caller, id).chain(seen -> details.of(seen.opinion(), seen.standing(), null));
    }

    @WithSession
    public Uni<List<OpinionViews.Event>> timeline(Caller caller, long id) {
        return visible(caller, id).chain(seen -> journal.timeline(id, seen.standing().seesInternal()));
    }

    private Uni<Seen> visible(Caller caller, long id) {
        return opinions.findById(id).chain(o -> o == null ? Uni.createFrom().failure(ApiException.notFound())
                : access.standing(caller, o).map(standing -> {
                    if (standing == null) {
                        throw ApiException.notFound();
                    }
                    return new Seen(o, standing);
                }));
    }

    /** A citizen's own opinions, newest first. */
    public Uni<Page<OpinionViews.Summary>> mine(Caller caller, String cursor, int limit) {
        return search.submittedBy(caller.userId(), cursor, limit);
    }

    /** Opinions assigned to the signed-in deputy, newest first. */
    public Uni<Page<OpinionViews.Summary>> assignedTo(Caller caller, String cursor, int limit) {
        return deputies.ofUser(caller.userId())
                .onItem().ifNull().failWith(() -> new ApiException(ErrorCode.FORBIDDEN))
                .chain(deputy -> search.assignedTo(deputy.id(), cursor, limit));
    }

    /** Status and public timeline of a confidential opinion, for someone calling from another phone. */
    @WithSession
    public Uni<OpinionViews.Status> lookup(String trackingNo, String code, String clientAddress) {
        return rateLimiter.hit("opinion-lookup", clientAddress)
                .chain(() -> opinions.find("trackingNo", trackingNo).<Opinion>firstResult())
                .chain(o -> {
                    if (o == null || o.lookupCodeHash == null) {
                        return Uni.createFrom().failure(ApiException.notFound());
                    }
                    if (lookupCodes.locked(o)) {
                        return Uni.createFrom().failure(new ApiException(ErrorCode.LOOKUP_CODE_LOCKED));
                    }
                    if (!lookupCodes.matches(o, code)) {
                        return lookupFailures.count(o.id).chain(() -> Uni.createFrom().failure(ApiException.notFound()));
                    }
                    return journal.timeline(o.id, false)
                            .map(events -> new OpinionViews.Status(o.trackingNo, o.state, o.title, ApiTime.of(o.createdAt), events));
                });
    }

    private record Seen(Opinion opinion, OpinionAccess.Standing standing) {
    }
}
