package cn.liaison.duty.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import cn.liaison.directory.Deputies;
import cn.liaison.directory.service.DirectoryCache;
import cn.liaison.duty.DutyRecord;
import cn.liaison.duty.DutyRecordAction;
import cn.liaison.duty.DutyRecordLifecycle;
import cn.liaison.duty.DutyRecordLifecycle.Actor;
import cn.liaison.duty.DutyRecordState;
import cn.liaison.duty.repository.DutyRecordRepository;
import cn.liaison.identity.Caller;
import cn.liaison.identity.Role;
import cn.liaison.media.service.MediaLibrary;
import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.error.ErrorCode;
import cn.liaison.platform.idempotency.Idempotency;
import cn.liaison.platform.paging.Cursor;
import cn.liaison.platform.paging.Page;
import cn.liaison.platform.time.ApiTime;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Duty records: a deputy (or staff on their behalf) writes and submits them, staff in scope publish
 * or return them. Published records are public and count in the deputy's figures.
 */
@ApplicationScoped
public class DutyRecords {

    private final DutyRecordRepository records;
    private final Deputies deputies;
    private final MediaLibrary media;
    private final Idempotency idempotency;
    private final DirectoryCache directoryCache;
    private final Clock clock;

    public DutyRecords(DutyRecordRepository records, Deputies deputies, MediaLibrary media, Idempotency idempotency,
            DirectoryCache directoryCache, Clock clock) {
        this.records = records;
        this.deputies = deputies;
        this.media = media;
        this.idempotency = idempotency;
        this.directoryCache = directoryCache;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<Idempotency.Outcome<DutyRecordView>> create(Caller caller, String idempotencyKey, @Valid DutyRecordInput input) {
        return idempotency.once("duty:" + caller.userId(), idempotencyKey, input, DutyRecordView.class,
                () -> deputyFor(caller, input.deputyId()).chain(deputy -> {
                    DutyRecord record = new DutyRecord();
                    record.deputyId = deputy.id();
                    record.regionPath = deputy.regionPath();
                    record.authorId = caller.userId();
                    record.state = DutyRecordState.DRAFT;
                    record.createdAt = Instant.now(clock);
                    return write(caller, record, input).chain(records::persistAndFlush).map(DutyRecords::view);
                }));
    }

    @WithTransaction
    public Uni<DutyRecordView> edit(Caller caller, long id, @Valid DutyRecordInput input) {
        return authored(caller, id)
                .invoke(record -> require(record, DutyRecordAction.EDIT, Actor.AUTHOR))
                .chain(record -> write(caller, record, input))
                .map(DutyRecords::view);
    }

    @WithTransaction
    public Uni<DutyRecordView> submit(Caller caller, long id) {
        return authored(caller, id).map(record -> {
            require(record, DutyRecordAction.SUBMIT, Actor.AUTHOR);
            record.returnReason = null;
            record.updatedAt = Instant.now(clock);
            return view(record);
        });
    }

    public Uni<DutyRecordView> publish(Caller caller, long id) {
        return review(caller, id, DutyRecordAction.PUBLISH, record -> {
            record.publishedAt = Instant.now(clock);
            return media.makePublic(record.photoIds);
        }).call(directoryCache::changed);
    }

    public Uni<DutyRecordView> sendBack(Caller caller, long id, @Valid Reason reason) {
        return review(caller, id, DutyRecordAction.RETURN, record -> {
            record.returnReason = reason.reason().strip();
            return Uni.createFrom().voidItem();
        });
    }

    @WithTransaction
    Uni<DutyRecordView> review(Caller caller, long id, DutyRecordAction action, Function<DutyRecord, Uni<Void>> change) {
        return records.findById(id).chain(record -> {
            if (record == null || !caller.mayAdminister(record.regionPath)) {
                return Uni.createFrom().failure(ApiException.notFound());
            }
            require(record, action, Actor.REVIEWER);
            record.updatedAt = Instant.now(clock);
            return change.apply(record).replaceWith(record);
        }).map(DutyRecords::view);
    }

    /** A published record for anyone; others for their deputy and staff in scope. */
    @WithSession
    public Uni<DutyRecordView> show(Caller caller, long id) {
        return records.findById(id).chain(record -> {
            if (record != null && record.state == DutyRecordState.PUBLISHED) {
                return Uni.createFrom().item(view(record));
            }
            if (record == null || caller == null) {
                return Uni.createFrom().failure(ApiException.notFound());
            }
            return mayAuthor(caller, record).map(allowed -> {
                if (!allowed) {
                    throw ApiException.notFound();
                }
                return view(record);
            });
        });
    }

    @WithSession
    public Uni<Page<DutyRecordView>> publishedOfDeputy(long deputyId, String cursor, int limit) {
        PublishedCursor after = PublishedCursor.parse(cursor);
        return records.publishedOfDeputy(deputyId, after.time(), after.id(), limit + 1).map(rows -> publishedPage(rows, limit));
    }

    @WithSession
    public Uni<Page<DutyRecordView>> publishedAtStation(long stationId, String cursor, int limit) {
        PublishedCursor after = PublishedCursor.parse(cursor);
        return records.publishedAtStation(stationId, after.time(), after.id(), limit + 1).map(rows -> publishedPage(rows, limit));
    }

    /** The signed-in deputy's own records in every state, newest first. */
    @WithSession
    public Uni<Page<DutyRecordView>> mine(Caller caller, String cursor, int limit) {
        long before = cursor == null ? Long.MAX_VALUE : Cursor.longKey(cursor);
        return ownDeputy(caller).chain(deputy -> records.ofDeputy(deputy.id(), before, limit + 1))
                .map(rows -> Page.of(rows, limit, DutyRecords::view, r -> Cursor.of(r.id)));
    }

    /** Submitted records in the caller's scope, oldest first. */
    @WithSession
    public Uni<Page<DutyRecordView>> awaitingReview(Caller caller, String cursor, int limit) {
        long after = cursor == null ? 0 : Cursor.longKey(cursor);
        return records.awaitingReview(caller.scopePrefix(), after, limit + 1)
                .map(rows -> Page.of(rows, limit, DutyRecords::view, r -> Cursor.of(r.id)));
    }

    private static Page<DutyRecordView> publishedPage(List<DutyRecord> rows, int limit) {
        return Page.of(rows, limit, DutyRecords::view, r -> PublishedCursor.after(r));
    }

    /** Newest-first keys: publication time in microseconds (PostgreSQL's precision) and id. */
    private record PublishedCursor(Instant time, long id) {

        static final PublishedCursor START = new PublishedCursor(Instant.parse("9999-12-31T00:00:00Z"), Long.MAX_VALUE);

        static String after(DutyRecord record) {
            Instant at = record.publishedAt;
            return Cursor.of(at.getEpochSecond() * 1_000_000 + at.getNano() / 1000, record.id);
        }

        static PublishedCursor parse(String cursor) {
            if (cursor == null) {
                return START;
            }
            long[] keys = Cursor.longKeys(cursor, 2);
            return new PublishedCursor(Instant.ofEpochSecond(keys[0] / 1_000_000, keys[0] % 1_000_000 * 1000), keys[1]);
        }
    }

    /** Staff record for a deputy in their scope; a deputy records for themself. */
    private Uni<Deputies.Ref> deputyFor(Caller caller, Long deputyId) {
        if (caller.is(Role.STAFF) || caller.isAdmin()) {
            if (deputyId == null) {
                return Uni.createFrom().failure(ApiException.invalidField("deputyId", "field.deputy-required"));
            }
            return deputies.byId(deputyId).map(deputy -> {
                if (deputy == null || !caller.mayAdminister(deputy.regionPath())) {
                    throw ApiException.invalidField("deputyId", "field.deputy-unknown");
                }
                return deputy;
            });
        }
        return ownDeputy(caller);
    }

    private Uni<Deputies.Ref> ownDeputy(Caller caller) {
        return deputies.ofUser(caller.userId()).map(deputy -> {
            if (deputy == null) {
                throw new ApiException(ErrorCode.FORBIDDEN);
            }
            return deputy;
        });
    }

    /** The record if the caller may write it: its own deputy, or staff in scope; otherwise 404. */
    private Uni<DutyRecord> authored(Caller caller, long id) {
        return records.findById(id).chain(record -> {
            if (record == null) {
                return Uni.createFrom().failure(ApiException.notFound());
            }
            return mayAuthor(caller, record).map(allowed -> {
                if (!allowed) {
                    throw ApiException.notFound();
                }
                return record;
            });
        });
    }

    private Uni<Boolean> mayAuthor(Caller caller, DutyRecord record) {
        if (caller.mayAdminister(record.regionPath)) {
            return Uni.createFrom().item(true);
        }
        if (!caller.is(Role.DEPUTY)) {
            return Uni.createFrom().item(false);
        }
        return deputies.ofUser(caller.userId()).map(deputy -> deputy != null && deputy.id().equals(record.deputyId));
    }

    private Uni<DutyRecord> write(Caller caller, DutyRecord record, DutyRecordInput input) {
        return media.requireUsable(caller, input.photoIds(), "photoIds").map(ignored -> {
            record.type = input.type();
            record.occurredOn = input.occurredOn();
            record.stationId = input.stationId();
            record.place = input.place();
            record.summary = input.summary().strip();
            record.participants = input.participants();
            record.photoIds = input.photoIds() == null ? List.of() : List.copyOf(input.photoIds());
            record.updatedAt = Instant.now(clock);
            return record;
        });
    }

    /** Checks the lifecycle's rule for {@code action} by {@code actor} (whom the caller already proved to be) and moves the record. */
    private static void require(DutyRecord record, DutyRecordAction action, Actor actor) {
        DutyRecordLifecycle.Rule rule = DutyRecordLifecycle.rule(action);
        if (!rule.by().contains(actor)) {
            throw new ApiException(ErrorCode.FORBIDDEN);
        }
        if (!rule.from().contains(record.state)) {
            throw new ApiException(ErrorCode.ACTION_NOT_ALLOWED_IN_STATE, record.state.name());
        }
        if (rule.to() != null) {
            record.state = rule.to();
        }
    }

    static DutyRecordView view(DutyRecord r) {
        return new DutyRecordView(r.id, r.deputyId, r.type, r.occurredOn, r.stationId, r.place, r.summary, r.participants,
                r.photoIds, r.state, r.returnReason, ApiTime.of(r.publishedAt));
    }

    /** Why staff send a record back; its author sees it. */
    public record Reason(@NotBlank @Size(max = 500) String reason) {
    }
}
