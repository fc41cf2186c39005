package cn.liaison.opinion.repository;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.opinion.SensitiveWordHits;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** The admins' list of sensitive words ({@code sensitive_words}). */
@ApplicationScoped
public class SensitiveWordRepository {

    private final Pool pool;

    public SensitiveWordRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<List<String>> all() {
        return pool.query("select word from sensitive_words order by word").execute()
                .map(rows -> {
                    List<String> words = new ArrayList<>();
                    rows.forEach(row -> words.add(row.getString(0)));
                    return words;
                });
    }

    /** Replaces the whole list in one transaction. */
    /**
     * How many opinions each word of the list flagged, as their review reasons name it
     * ({@code SENSITIVE_WORDS:赌博「賭 博」}); opinions_flag_reasons_idx (V19) holds the few with reasons.
     */
    public Uni<List<SensitiveWordHits>> hits() {
        return pool.query("""
                select w.word, count(o.id) from sensitive_words w
                  left join opinions o on o.flag_reasons is not null and strpos(o.flag_reasons, 'SENSITIVE_WORDS') > 0
                                      and strpos(o.flag_reasons, w.word) > 0
                 group by w.word order by count(o.id) desc, w.word""").execute()
                .map(rows -> {
                    List<SensitiveWordHits> hits = new ArrayList<>();
                    rows.forEach(r -> hits.add(new SensitiveWordHits(r.getString(0), r.getLong(1))));
                    return hits;
                });
    }

    public Uni<Void> replace(List<String> words, Instant now) {
        return pool.withTransaction(connection -> connection.query("delete from sensitive_words").execute()
                .chain(() -> words.isEmpty() ? Uni.createFrom().voidItem() : connection
                        .preparedQuery("insert into sensitive_words (word, created_at) select unnest($1::varchar[]), $2 on conflict do nothing")
                        .execute(Tuple.of(words.toArray(String[]::new), now.atOffset(ZoneOffset.UTC))).replaceWithVoid()));
    }
}
