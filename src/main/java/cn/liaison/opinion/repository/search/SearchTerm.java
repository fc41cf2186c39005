package cn.liaison.opinion.repository.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A phrase searched in titles and contents, cut into the pieces its index holds: characters and
 * pairs (V9) for one to three characters, runs of four (V10) for longer phrases. An opinion that
 * holds the phrase holds every piece; the LIKE beside it decides.
 */
record SearchTerm(String index, List<String> pieces) {

    static SearchTerm of(String phrase) {
        int[] characters = phrase.codePoints().toArray();
        if (characters.length <= 2) {
            return new SearchTerm("opinion_grams", List.of(phrase));
        }
        int width = characters.length == 3 ? 2 : 4;
        List<String> pieces = new ArrayList<>();
        for (int start = 0; start + width <= characters.length; start++) {
            pieces.add(new String(characters, start, width));
        }
        return new SearchTerm(width == 2 ? "opinion_grams" : "opinion_quads", List.copyOf(pieces));
    }

    /** The condition that an opinion's index holds all of {@code pieces}, bound to one array. */
    String holds() {
        return index + "(o.title, o.content) @> ?::text[]";
    }
}
