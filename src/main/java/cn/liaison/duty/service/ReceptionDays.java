package cn.liaison.duty.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;

import cn.liaison.directory.Deputies;
import cn.liaison.directory.Stations;
import cn.liaison.directory.service.DirectoryCache;
import cn.liaison.duty.BookingState;
import cn.liaison.duty.Reception;
import cn.liaison.duty.repository.BookingRepository;
import cn.liaison.duty.repository.ReceptionRepository;
import cn.liaison.identity.Accounts;
import cn.liaison.identity.Caller;
import cn.liaison.identity.Role;
import cn.liaison.platform.crypto.Masking;
import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.error.ErrorCode;
import cn.liaison.platform.idempotency.Idempotency;
import cn.liaison.platform.paging.Cursor;
import cn.liaison.platform.paging.Page;
import cn.liaison.platform.time.ApiTime;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** Reception days: announced by staff or the station's deputies, booked by citizens. */
@ApplicationScoped
public class ReceptionDays {

    static final Duration NOTICE = Duration.ofDays(3);
    private static final Duration DEFAULT_WINDOW = Duration.ofDays(90);

    private final ReceptionRepository receptions;
    private final BookingRepository bookings;
    private final Stations stations;
    private final Deputies deputies;
    private final Accounts accounts;
    private final Idempotency idempotency;
    private final DirectoryCache directoryCache;
    private final Clock clock;

    public ReceptionDays(ReceptionRepository receptions, BookingRepository bookings, Stations stations,
            Deputies deputies, Accounts accounts, Idempotency idempotency, DirectoryCache directoryCache, Clock clock) {
        this.receptions = receptions;
        this.accounts = accounts;
        this.bookings = bookings;
        this.stations = stations;
        this.deputies = deputies;
        this.idempotency = idempotency;
        this.directoryCache = directoryCache;
        this.clock = clock;
    }

    public Uni<Idempotency.Outcome<ReceptionView>> announce(Caller caller, String idempotencyKey, @Valid ReceptionInput input) {
        if (!input.endsAt().isAfter(input.startsAt())) {
            return Uni.createFrom().failure(ApiException.invalidField("endsAt", "field.ends-before-start"));
        }
        return insert(caller, idempotencyKey, input).call(directoryCache::changed);
    }

    @WithTransaction
    Uni<Idempotency.Outcome<ReceptionView>> insert(Caller caller, String idempotencyKey, ReceptionInput input) {
        return idempotency.once("reception:" + caller.userId(), idempotencyKey, input, ReceptionView.class,
                () -> stationFor(caller, input).chain(station -> {
                    boolean staff = caller.is(Role.STAFF) || caller.isAdmin();
                    Instant now = Instant.now(clock);
                    if (input.startsAt().toInstant().isBefore(now.plus(NOTICE)) && !(staff && input.shortNotice())) {
                        return Uni.createFrom().failure(new ApiException(ErrorCode.RECEPTION_NOTICE_TOO_SHORT));
                    }
                    List<Long> deputyIds = input.deputyIds().stream().distinct().toList();
                    return deputies.serving(station.id(), deputyIds).chain(serving -> {
                        if (serving != deputyIds.size()) {
                            return Uni.createFrom().failure(ApiException.invalidField("deputyIds", "field.deputies"));
                        }
                        Reception reception = new Reception();
                        reception.stationId = station.id();
                        reception.regionPath = station.regionPath();
                        reception.startsAt = input.startsAt().toInstant();
                        reception.endsAt = input.endsAt().toInstant();
                        reception.topic = input.topic().strip();
                        reception.capacity = input.capacity();
                        reception.createdBy = caller.userId();
                        reception.createdAt = now;
                        return receptions.persistAndFlush(reception)
                                .call(saved -> receptions.invite(saved.id, deputyIds))
                                .map(saved -> view(saved, deputyIds));
                    });
                }));
    }

    /** Staff announce at stations in their scope; a deputy at their own stations, taking part themself. */
    private Uni<Stations.Ref> stationFor(Caller caller, ReceptionInput input) {
        return stations.byId(input.stationId()).chain(station -> {
            if (station == null) {
                return Uni.createFrom().failure(ApiException.notFound());
            }
            if (caller.mayAdminister(station.regionPath())) {
                return Uni.createFrom().item(station);
            }
            if (!caller.is(Role.DEPUTY)) {
                return Uni.createFrom().failure(ApiException.notFound());
            }
            return deputies.ofUser(caller.userId()).chain(deputy -> {
                if (deputy == null || !input.deputyIds().contains(deputy.id())) {
                    return Uni.createFrom().failure(ApiException.notFound());
                }
                return deputies.serving(station.id(), List.of(deputy.id())).map(serving -> {
                    if (serving == 0) {
                        throw ApiException.notFound();
                    }
                    return station;
                });
            });
        });
    }

    @WithSession
    public Uni<Page<ReceptionView>> list(Long stationId, Instant from, Instant to, String cursor, int limit) {
        Instant start = from != null ? from : Instant.now(clock);
        Instant end = to != null ? to : start.plus(DEFAULT_WINDOW);
        long[] after = cursor == null ? new long[] { Instant.EPOCH.toEpochMilli(), 0 } : Cursor.longKeys(cursor, 2);
        return receptions.between(stationId, start, end, Instant.ofEpochMilli(after[0]), after[1], limit + 1)
                .map(rows -> Page.of(rows, limit, r -> view(r, null), r -> Cursor.of(r.startsAt.toEpochMilli(), r.id)));
    }

    @WithSession
    public Uni<ReceptionView> show(long id) {
        return receptions.findById(id).chain(reception -> {
            if (reception == null || reception.cancelled) {
                return Uni.createFrom().failure(ApiException.notFound());
            }
            return receptions.deputyIds(id).map(deputyIds -> view(reception, deputyIds));
        });
    }

    /**
     * Takes a place for the citizen; never more places than the capacity, never two for one citizen.
     * The directory cache is left alone: the station page's "booked" figure may lag by up to five minutes,
     * which is better than emptying the cache on every booking of a popular day.
     */
    @WithTransaction
    public Uni<BookingView> book(long citizenId, long receptionId) {
        Instant now = Instant.now(clock);
        return receptions.findById(receptionId).chain(reception -> {
            if (reception == null || reception.cancelled) {
                return Uni.createFrom().failure(ApiException.notFound());
            }
            return bookings.book(receptionId, citizenId, now).chain(bookingId -> {
                if (bookingId == null) {
                    return Uni.createFrom().failure(new ApiException(ErrorCode.ALREADY_BOOKED));
                }
                return receptions.takePlace(receptionId, now).chain(taken -> {
                    if (!taken) {
                        ErrorCode why = reception.startsAt.isAfter(now) ? ErrorCode.RECEPTION_FULL : ErrorCode.RECEPTION_CLOSED;
                        return Uni.createFrom().failure(new ApiException(why));
                    }
                    return bookings.find(bookingId).map(ReceptionDays::view);
                });
            });
        });
    }

    @WithTransaction
    public Uni<BookingView> cancel(long citizenId, long bookingId) {
        Instant now = Instant.now(clock);
        return bookings.find(bookingId).chain(row -> {
            if (row == null || row.citizenId() != citizenId) {
                return Uni.createFrom().failure(ApiException.notFound());
            }
            return bookings.move(bookingId, BookingState.BOOKED, BookingState.CANCELLED, now).chain(moved -> {
                if (!moved || !row.startsAt().isAfter(now)) {
                    return Uni.createFrom().failure(new ApiException(ErrorCode.BOOKING_NOT_ACTIVE));
                }
                return receptions.releasePlace(row.receptionId()).chain(() -> bookings.find(bookingId)).map(ReceptionDays::view);
            });
        });
    }

    @WithSession
    public Uni<Page<BookingView>> bookingsOf(long citizenId, String cursor, int limit) {
        long before = cursor == null ? Long.MAX_VALUE : Cursor.longKey(cursor);
        return bookings.ofCitizen(citizenId, before, limit + 1)
                .map(rows -> Page.of(rows, limit, ReceptionDays::view, r -> Cursor.of(r.id())));
    }

    /**
     * Who booked a reception, for those who receive them at the door (the staff in scope, and the
     * deputies the day names): each citizen's nickname and masked phone (138****5678), never more.
     */
    @WithSession
    public Uni<List<ReceptionGuest>> guests(Caller caller, long receptionId) {
        return receptions.findById(receptionId).chain(reception -> {
            if (reception == null) {
                return Uni.createFrom().failure(ApiException.notFound());
            }
            return receives(caller, receptionId, reception.regionPath).chain(receives -> receives
                    ? bookings.ofReception(receptionId).chain(rows -> guests(rows, 0, new ArrayList<>()))
                    : Uni.createFrom().failure(ApiException.notFound()));
        });
    }

    /** Staff in scope, or a deputy the reception day names: who receive its citizens and say who came. */
    private Uni<Boolean> receives(Caller caller, long receptionId, String regionPath) {
        if (caller.mayAdminister(regionPath)) {
            return Uni.createFrom().item(true);
        }
        if (!caller.is(Role.DEPUTY)) {
            return Uni.createFrom().item(false);
        }
        return deputies.ofUser(caller.userId()).chain(deputy -> deputy == null
                ? Uni.createFrom().item(false)
                : receptions.deputyIds(receptionId).map(holding -> holding.contains(deputy.id())));
    }

    private Uni<List<ReceptionGuest>> guests(List<BookingRepository.Row> rows, int next, List<ReceptionGuest> done) {
        if (next == rows.size()) {
            return Uni.createFrom().item(done);
        }
        BookingRepository.Row row = rows.get(next);
        return accounts.nickname(row.citizenId()).chain(name -> accounts.contact(row.citizenId()).map(contact -> {
            done.add(new ReceptionGuest(view(row), name.isBlank() ? null : name, contact.phone() == null ? null : Masking.phone(contact.phone())));
            return done;
        })).chain(list -> guests(rows, next + 1, list));
    }

    /**
     * Staff in scope, or a deputy holding the day, record whether the citizen came (and may correct
     * it); a cancelled booking stays cancelled.
     */
    @WithTransaction
    public Uni<BookingView> recordAttendance(Caller caller, long bookingId, boolean attended) {
        return bookings.find(bookingId).chain(row -> {
            if (row == null) {
                return Uni.createFrom().failure(ApiException.notFound());
            }
            return receives(caller, row.receptionId(), row.regionPath()).chain(receives -> {
                if (!receives) {
                    return Uni.createFrom().failure(ApiException.notFound());
                }
                BookingState outcome = attended ? BookingState.ATTENDED : BookingState.NO_SHOW;
                return bookings.settle(bookingId, outcome, Instant.now(clock)).chain(settled -> settled
                        ? bookings.find(bookingId).map(ReceptionDays::view)
                        : Uni.createFrom().failure(new ApiException(ErrorCode.BOOKING_NOT_ACTIVE)));
            });
        });
    }

    static ReceptionView view(Reception r, List<Long> deputyIds) {
        return new ReceptionView(r.id, r.stationId, deputyIds, ApiTime.of(r.startsAt), ApiTime.of(r.endsAt), r.topic,
                r.capacity, r.booked, r.cancelled);
    }

    static BookingView view(BookingRepository.Row row) {
        return new BookingView(row.id(), row.receptionId(), row.stationId(), row.topic(), ApiTime.of(row.startsAt()),
                row.state(), ApiTime.of(row.bookedAt()));
    }
}
