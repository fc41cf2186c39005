package cn.liaison.opinion.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;

import cn.liaison.opinion.SensitiveWordHits;
import cn.liaison.opinion.repository.SensitiveWordRepository;
import io.smallrye.mutiny.Uni;

/**
 * The admin-managed sensitive words, matched in one pass over a text whatever their number
 * (Aho-Corasick), on the folded forms of both ({@link WordFolding}): 赌 博, ｖｉｐ, 賭博 and a
 * zero-width space inside a word all match. The automaton is kept in a Caffeine cache and rebuilt from the database at most
 * every 30 seconds (refresh after write: readers keep the old one while one rebuild runs), at once on the instance where the
 * list changed. A list older than two minutes (the database unreachable since) is not used.
 */
@ApplicationScoped
public class SensitiveWords {

    private static final Duration REFRESH = Duration.ofSeconds(30);
    private static final Duration MAX_AGE = Duration.ofMinutes(2);
    /** The one key of the cache: there is one list. */
    private static final String LIST = "list";

    private final SensitiveWordRepository words;
    private final Clock clock;
    private final AsyncLoadingCache<String, Automaton> automaton;

    public SensitiveWords(SensitiveWordRepository words, Clock clock) {
        this.words = words;
        this.clock = clock;
        this.automaton = Caffeine.newBuilder()
                .maximumSize(1)
                .refreshAfterWrite(REFRESH)
                .expireAfterWrite(MAX_AGE)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                // The read is asynchronous already: start it on the reader's thread.
                .executor(Runnable::run)
                .buildAsync((key, executor) -> words.all().map(Automaton::new).subscribeAsCompletionStage());
    }

    /** A word of the list, and how the text wrote it (賭 博 for 赌博). */
    public record Found(String word, String written) {

        /** The word, with the text's own writing beside it when that differs: 赌博「賭 博」. */
        public String shown() {
            return written.equals(word) ? word : word + "「" + written + "」";
        }
    }

    /** The words of the list found in {@code text}, each once, in the order first found. */
    public Uni<List<Found>> find(String text) {
        return current().map(a -> a.matches(text));
    }

    public Uni<List<String>> all() {
        return words.all();
    }

    /** Replaces the whole list. */
    public Uni<List<SensitiveWordHits>> hits() {
        return words.hits();
    }

    public Uni<List<String>> replace(List<String> list) {
        return words.replace(list, Instant.now(clock))
                .invoke(() -> automaton.synchronous().invalidateAll())
                .chain(this::all);
    }

    /** The automaton; one caller at a time rebuilds a stale one while the others keep using it. */
    private Uni<Automaton> current() {
        // Asked now, not on subscription, so that readers at the same moment share one read.
        CompletableFuture<Automaton> current = automaton.get(LIST);
        return Uni.createFrom().completionStage(current);
    }

    /** A trie of the words with failure links: every position of the text is read once. */
    static final class Automaton {

        private final List<Map<Character, Integer>> next = new ArrayList<>();
        private final List<Integer> fail = new ArrayList<>();
        private final List<List<String>> output = new ArrayList<>();
        /** Each word's folded length, to find where a match began. */
        private final Map<String, Integer> lengths = new HashMap<>();

        Automaton(List<String> words) {
            node();
            for (String word : words) {
                String folded = WordFolding.fold(word);
                if (folded.isEmpty()) {
                    continue;
                }
                lengths.put(word, folded.length());
                int at = 0;
                for (char c : folded.toCharArray()) {
                    Integer to = next.get(at).get(c);
                    if (to == null) {
                        to = node();
                        next.get(at).put(c, to);
                    }
                    at = to;
                }
                output.get(at).add(word);
            }
            Queue<Integer> queue = new ArrayDeque<>();
            for (int child : next.get(0).values()) {
                fail.set(child, 0);
                queue.add(child);
            }
            while (!queue.isEmpty()) {
                int at = queue.remove();
                for (Map.Entry<Character, Integer> edge : next.get(at).entrySet()) {
                    int child = edge.getValue();
                    int f = fail.get(at);
                    while (f > 0 && !next.get(f).containsKey(edge.getKey())) {
                        f = fail.get(f);
                    }
                    Integer link = next.get(f).get(edge.getKey());
                    fail.set(child, link != null && link != child ? link : 0);
                    output.get(child).addAll(output.get(fail.get(child)));
                    queue.add(child);
                }
            }
        }

        private int node() {
            next.add(new HashMap<>());
            fail.add(0);
            output.add(new ArrayList<>());
            return next.size() - 1;
        }

        List<Found> matches(String text) {
            WordFolding.Folded folded = WordFolding.of(text);
            Map<String, Found> found = new LinkedHashMap<>();
            String chars = folded.text();
            int at = 0;
            for (int i = 0; i < chars.length(); i++) {
                char c = chars.charAt(i);
                while (at > 0 && !next.get(at).containsKey(c)) {
                    at = fail.get(at);
                }
                at = next.get(at).getOrDefault(c, 0);
                for (String word : output.get(at)) {
                    int start = folded.origin()[i - lengths.get(word) + 1];
                    found.putIfAbsent(word, new Found(word, text.substring(start, folded.originEnd()[i])));
                }
            }
            return List.copyOf(found.values());
        }
    }
}
