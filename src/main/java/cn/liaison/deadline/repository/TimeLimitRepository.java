package cn.liaison.deadline.repository;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.deadline.TimeLimits;
import cn.liaison.deadline.TimeLimits.OpinionKindName;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** The time limits admins set ({@code time_limits}, one row); a null column keeps the configured default. */
@ApplicationScoped
public class TimeLimitRepository {

    private final Pool pool;

    public TimeLimitRepository(Pool pool) {
        this.pool = pool;
    }

    /** The limits as stored over {@code defaults}: a column never set keeps the default's value. */
    public Uni<TimeLimits> over(TimeLimits defaults) {
        return pool.query("select accept_within, reply_within, reply_within_by_kind, longest_extension, supervise_after, rating_period_days"
                + " from time_limits where id = 1").execute().map(rows -> {
                    if (rows.size() == 0) {
                        return defaults;
                    }
                    Row r = rows.iterator().next();
                    return new TimeLimits(or(r.getInteger(0), defaults.acceptWithin()), or(r.getInteger(1), defaults.replyWithin()),
                            Optional.ofNullable(r.getString(2)).map(TimeLimitRepository::kinds).orElse(defaults.replyWithinByKind()),
                            or(r.getInteger(3), defaults.longestExtension()), or(r.getInteger(4), defaults.superviseAfter()),
                            or(r.getInteger(5), defaults.ratingPeriodDays()));
                });
    }

    public Uni<Void> save(TimeLimits limits, Instant now) {
        return pool.preparedQuery("""
                insert into time_limits (id, accept_within, reply_within, reply_within_by_kind, longest_extension, supervise_after,
                                         rating_period_days, updated_at)
                values (1, $1, $2, $3, $4, $5, $6, $7)
                on conflict (id) do update set accept_within = $1, reply_within = $2, reply_within_by_kind = $3, longest_extension = $4,
                                               supervise_after = $5, rating_period_days = $6, updated_at = $7""")
                .execute(Tuple.from(new Object[] { limits.acceptWithin(), limits.replyWithin(), text(limits.replyWithinByKind()),
                        limits.longestExtension(), limits.superviseAfter(), limits.ratingPeriodDays(), now.atOffset(ZoneOffset.UTC) }))
                .replaceWithVoid();
    }

    private static String text(Map<OpinionKindName, Integer> byKind) {
        return byKind.entrySet().stream().map(e -> e.getKey().name() + "=" + e.getValue()).sorted().collect(Collectors.joining(","));
    }

    private static Map<OpinionKindName, Integer> kinds(String text) {
        Map<OpinionKindName, Integer> byKind = new EnumMap<>(OpinionKindName.class);
        for (String pair : text.split(",")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                byKind.put(OpinionKindName.valueOf(pair.substring(0, equals).strip()), Integer.valueOf(pair.substring(equals + 1).strip()));
            }
        }
        return byKind;
    }

    private static Integer or(Integer stored, Integer fallback) {
        return stored != null ? stored : fallback;
    }
}
