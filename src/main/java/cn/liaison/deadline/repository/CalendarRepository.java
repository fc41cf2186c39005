package cn.liaison.deadline.repository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.deadline.CalendarDay;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** The days the admins marked: public holidays and make-up working days ({@code calendar_days}). */
@ApplicationScoped
public class CalendarRepository {

    private final Pool pool;

    public CalendarRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<List<CalendarDay>> between(LocalDate from, LocalDate to) {
        return pool.preparedQuery("select day, working, name from calendar_days where day between $1 and $2 order by day")
                .execute(Tuple.of(from, to)).map(rows -> {
                    List<CalendarDay> days = new ArrayList<>();
                    rows.forEach(r -> days.add(new CalendarDay(r.getLocalDate(0), r.getBoolean(1), r.getString(2))));
                    return days;
                });
    }

    /** Every marked day: whether it is worked. */
    public Uni<Map<LocalDate, Boolean>> exceptions() {
        return pool.query("select day, working from calendar_days").execute().map(rows -> {
            Map<LocalDate, Boolean> exceptions = new HashMap<>();
            rows.forEach(r -> exceptions.put(r.getLocalDate(0), r.getBoolean(1)));
            return exceptions;
        });
    }

    /** Marks the days, replacing what was said of them before, in one transaction. */
    public Uni<Void> put(List<CalendarDay> days) {
        return pool.withTransaction(connection -> connection.preparedQuery("insert into calendar_days (day, working, name)"
                + " values ($1, $2, $3) on conflict (day) do update set working = excluded.working, name = excluded.name")
                .executeBatch(days.stream().map(d -> Tuple.of(d.day(), d.working(), d.name() == null ? "" : d.name())).toList()))
                .replaceWithVoid();
    }

    public Uni<Void> remove(LocalDate day) {
        return pool.preparedQuery("delete from calendar_days where day = $1").execute(Tuple.of(day)).replaceWithVoid();
    }
}
