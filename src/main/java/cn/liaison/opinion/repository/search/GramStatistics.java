package cn.liaison.opinion.repository.search;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * How common each character, pair and run of four is among opinions, from PostgreSQL's statistics of
 * the gram indexes (V9, V10). The queue walks the deadline order for a phrase whose pieces are all
 * common, since a page of them comes soon, and reads the index for any other. A plan made once per
 * statement cannot tell the two apart, and planning every search for its words cost PostgreSQL more
 * than running it.
 */
@ApplicationScoped
public class GramStatistics {

    /**
     * Walking the deadline order reads about 21 ÷ share rows for a page; reading the index reads
     * share × opinions rows and sorts them. At a million they cost the same near 0.4%.
     */
    static final float COMMON_SHARE = 0.005f;

    private static final String COMMON_PIECES = """
            select e.piece, e.share from pg_stats s,
                   unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) as e(piece, share)
             where s.schemaname = current_schema() and s.tablename in ('opinions_grams_idx', 'opinions_quads_idx')
               and e.piece is not null""";

    private final Pool pool;
    private volatile Map<String, Float> shares = Map.of();

    public GramStatistics(Pool pool) {
        this.pool = pool;
    }

    /** Reads the statistics again: ANALYZE renews them as opinions come in. */
    @Scheduled(every = "${liaison.search.statistics-every:5m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public Uni<Void> refresh() {
        return pool.query(COMMON_PIECES).execute().invoke(rows -> {
            Map<String, Float> read = new HashMap<>();
            rows.forEach(row -> read.put(row.getString("piece"), row.getFloat("share")));
            shares = read;
        }).replaceWithVoid();
    }

    /**
     * The term's pieces that too few opinions hold for a walk to find a page soon, rarest first and
     * at most three: each rare list is short, and every one more leaves fewer opinions to read (at a
     * million, three made the rare phrase a quarter faster than two; five, with common ones, slower).
     * Empty when every piece is common.
     */
    List<String> rarePieces(SearchTerm term) {
        Map<String, Float> known = shares;
        return term.pieces().stream()
                .filter(piece -> known.getOrDefault(piece, 0f) < COMMON_SHARE)
                .sorted(Comparator.comparing(piece -> known.getOrDefault(piece, 0f)))
                .distinct()
                .limit(3)
                .toList();
    }
}
