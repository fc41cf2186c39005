package cn.liaison.opinion.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.opinion.repository.SensitiveWordRepository;
import io.smallrye.mutiny.Uni;

/**
 * The admin-managed sensitive words, matched in one pass over a text whatever their number
 * (Aho-Corasick). The automaton is rebuilt from the database at most every 30 seconds, at once on
 * the instance where the list changed.
 */
@ApplicationScoped
public class SensitiveWords {

    private static final Duration REFRESH = Duration.ofSeconds(30);

    private final SensitiveWordRepository words;
    private final Clock clock;
    private volatile Automaton automaton;
    private volatile Instant loadedAt = Instant.EPOCH;
    private final java.util.concurrent.atomic.AtomicBoolean reloading = new java.util.concurrent.atomic.AtomicBoolean();

    public SensitiveWords(SensitiveWordRepository words, Clock clock) {
        this.words = words;
        this.clock = clock;
    }

    /** The words of the list found in {@code text}, each once, in the order first found. */
    public Uni<Set<String>> find(String text) {
        return current().map(a -> a.matches(text));
    }

    public Uni<List<String>> all() {
        return words.all();
    }

    /** Replaces the whole list. */
    public Uni<List<String>> replace(List<String> list) {
        return words.replace(list, Instant.now(clock))
                .invoke(() -> loadedAt = Instant.EPOCH)
                .chain(this::all);
    }

    /** The automaton; one caller at a time rebuilds a stale one while the others keep using it. */
    private Uni<Automaton> current() {
        Automaton loaded = automaton;
        boolean fresh = loaded != null && Instant.now(clock).isBefore(loadedAt.plus(REFRESH));
        if (fresh || loaded != null && !reloading.compareAndSet(false, true)) {
            return Uni.createFrom().item(loaded);
        }
        if (loaded == null) {
            reloading.set(true);
        }
        return all().map(words -> {
            automaton = new Automaton(words);
            loadedAt = Instant.now(clock);
            return automaton;
        }).eventually(() -> reloading.set(false));
    }

    /** A trie of the words with failure links: every position of the text is read once. */
    static final class Automaton {

        private final List<Map<Character, Integer>> next = new ArrayList<>();
        private final List<Integer> fail = new ArrayList<>();
        private final List<List<String>> output = new ArrayList<>();

        Automaton(List<String> words) {
            node();
            for (String word : words) {
                if (word.isBlank()) {
                    continue;
                }
                int at = 0;
                for (char c : word.toCharArray()) {
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

        Set<String> matches(String text) {
            Set<String> found = new LinkedHashSet<>();
            int at = 0;
            for (char c : text.toCharArray()) {
                while (at > 0 && !next.get(at).containsKey(c)) {
                    at = fail.get(at);
                }
                at = next.get(at).getOrDefault(c, 0);
                found.addAll(output.get(at));
            }
            return found;
        }
    }
}
