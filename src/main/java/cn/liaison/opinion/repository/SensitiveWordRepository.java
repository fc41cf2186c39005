package cn.liaison.opinion.repository;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

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
    public Uni<Void> replace(List<String> words, Instant now) {
        return pool.withTransaction(connection -> connection.query("delete from sensitive_words").execute()
                .chain(() -> words.isEmpty() ? Uni.createFrom().voidItem() : connection
                        .preparedQuery("insert into sensitive_words (word, created_at) select unnest($1::varchar[]), $2 on conflict do nothing")
                        .execute(Tuple.of(words.toArray(String[]::new), now.atOffset(ZoneOffset.UTC))).replaceWithVoid()));
    }
}
