package cn.liaison.duty.repository;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.duty.BookingState;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** Bookings, in SQL: one row per citizen and reception (a unique key), reused after a cancellation. */
@ApplicationScoped
public class BookingRepository {

    private static final String COLUMNS = """
            b.id, b.reception_id, r.station_id, r.topic, r.starts_at, b.state, b.created_at, r.region_path, b.citizen_id""";

    /** Books, or books again after a cancellation; null when the citizen already holds a booking. */
    public Uni<Long> book(long receptionId, long citizenId, Instant now) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                insert into bookings (reception_id, citizen_id, state, created_at, updated_at)
                values (:reception, :citizen, 'BOOKED', :now, :now)
                on conflict (reception_id, citizen_id) do update set state = 'BOOKED', created_at = :now, updated_at = :now
                 where bookings.state = 'CANCELLED'
                returning id""", Long.class)
                .setParameter("reception", receptionId).setParameter("citizen", citizenId).setParameter("now", now)
                .getResultList())
                .map(ids -> ids.isEmpty() ? null : ids.get(0));
    }

    /** Moves a booking from one state to another; false when it was not in {@code from}. */
    public Uni<Boolean> move(long bookingId, BookingState from, BookingState to, Instant now) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                "update bookings set state = :to, updated_at = :now where id = :id and state = :from")
                .setParameter("to", to.name()).setParameter("from", from.name()).setParameter("now", now)
                .setParameter("id", bookingId).executeUpdate())
                .map(updated -> updated == 1);
    }

    /** Records how a booking ended; false for a cancelled one. */
    public Uni<Boolean> settle(long bookingId, BookingState outcome, Instant now) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                "update bookings set state = :to, updated_at = :now where id = :id and state <> 'CANCELLED'")
                .setParameter("to", outcome.name()).setParameter("now", now).setParameter("id", bookingId).executeUpdate())
                .map(updated -> updated == 1);
    }

    public Uni<Row> find(long bookingId) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                "select " + COLUMNS + " from bookings b join receptions r on r.id = b.reception_id where b.id = :id", Object[].class)
                .setParameter("id", bookingId).getResultList())
                .map(rows -> rows.isEmpty() ? null : Row.of(rows.get(0)));
    }

    /** A reception's bookings in the order they were made; a reception holds its capacity at most (bookings_reception_id_citizen_id_key). */
    public Uni<List<Row>> ofReception(long receptionId) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                "select " + COLUMNS + " from bookings b join receptions r on r.id = b.reception_id"
                        + " where b.reception_id = :reception order by b.created_at, b.id", Object[].class)
                .setParameter("reception", receptionId).getResultList())
                .map(rows -> rows.stream().map(Row::of).toList());
    }

    /** A citizen's bookings, newest first, after id {@code beforeId}; uses bookings_citizen_idx. */
    public Uni<List<Row>> ofCitizen(long citizenId, long beforeId, int count) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                "select " + COLUMNS + " from bookings b join receptions r on r.id = b.reception_id"
                        + " where b.citizen_id = :citizen and b.id < :before order by b.id desc limit :count", Object[].class)
                .setParameter("citizen", citizenId).setParameter("before", beforeId).setParameter("count", count)
                .getResultList())
                .map(rows -> rows.stream().map(Row::of).toList());
    }

    /** A booking joined with what the citizen needs to know of its reception. */
    public record Row(long id, long receptionId, long stationId, String topic, Instant startsAt, BookingState state,
            Instant bookedAt, String regionPath, long citizenId) {

        static Row of(Object[] r) {
            return new Row(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue(), (String) r[3],
                    instant(r[4]), BookingState.valueOf((String) r[5]), instant(r[6]), (String) r[7], ((Number) r[8]).longValue());
        }

        private static Instant instant(Object value) {
            if (value instanceof Instant instant) {
                return instant;
            }
            if (value instanceof java.time.OffsetDateTime time) {
                return time.toInstant();
            }
            return ((java.sql.Timestamp) value).toInstant();
        }
    }
}
