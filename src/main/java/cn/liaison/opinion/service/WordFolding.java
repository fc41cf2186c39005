package cn.liaison.opinion.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What a word and a text are compared as, so that a disguise does not hide a word: compatibility
 * forms folded (NFKC: full-width ｗｏｒｄ and ①), letter case folded, traditional characters taken to
 * their simplified form (OpenCC's table), and spaces, punctuation, symbols and zero-width
 * characters dropped. {@link Folded#origin} keeps where in the original each folded character came
 * from, so that a match can be shown as it was written.
 */
final class WordFolding {

    private static final String TABLE = "data/dictionary/TSCharacters.txt";
    private static final Map<Integer, Integer> SIMPLIFIED = load();

    private WordFolding() {
    }

    /** A folded text and, for each of its chars, the index in the original where its character starts. */
    record Folded(String text, int[] origin, int[] originEnd) {
    }

    static String fold(String word) {
        return of(word).text();
    }

    static Folded of(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        int[] origin = new int[text.length() * 2 + 4];
        int[] originEnd = new int[origin.length];
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            if (!ignored(codePoint)) {
                String compatible = Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
                for (int j = 0; j < compatible.length(); ) {
                    int c = compatible.codePointAt(j);
                    j += Character.charCount(c);
                    if (ignored(c)) {
                        continue;
                    }
                    c = SIMPLIFIED.getOrDefault(c, c);
                    for (char unit : Character.toChars(c)) {
                        if (folded.length() == origin.length) {
                            origin = java.util.Arrays.copyOf(origin, origin.length * 2);
                            originEnd = java.util.Arrays.copyOf(originEnd, originEnd.length * 2);
                        }
                        origin[folded.length()] = i;
                        originEnd[folded.length()] = next;
                        folded.append(unit);
                    }
                }
            }
            i = next;
        }
        return new Folded(folded.toString(), origin, originEnd);
    }

    /** What may stand between the characters of a word without changing it. */
    private static boolean ignored(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.CONTROL,
                    Character.FORMAT, Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL,
                    Character.OTHER_SYMBOL, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK -> true;
            default -> false;
        };
    }

    /** Traditional character → simplified, the first of OpenCC's choices where it lists several. */
    private static Map<Integer, Integer> load() {
        Map<Integer, Integer> table = new HashMap<>(8192);
        try (InputStream in = WordFolding.class.getClassLoader().getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException(TABLE + " is missing from the classpath (opencc4j)");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] columns = line.split("[\t ]");
                if (columns.length >= 2 && columns[0].codePointCount(0, columns[0].length()) == 1) {
                    table.put(columns[0].codePointAt(0), columns[1].codePointAt(0));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(table);
    }
}
