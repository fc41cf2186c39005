package cn.liaison.platform.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Builds a query with optional filters for the reactive client: each {@code ?} in a condition
 * becomes the next {@code $n}, so values are always bound, never spliced into the text.
 */
public final class Sql {

    private static final Pattern REGION_PATH = Pattern.compile("[A-Za-z0-9/]*");

    private final StringBuilder text;
    private final List<Object> values = new ArrayList<>();
    private boolean hasWhere;
    private boolean plannedForItsValues;

    /** Starts with a SELECT, binding {@code args} to its question marks (a computed column may need one). */
    public Sql(String select, Object... args) {
        this.text = new StringBuilder();
        this.hasWhere = select.toLowerCase().contains(" where ");
        append(select, args);
    }

    /** Adds {@code AND condition}, binding {@code args} to its question marks in order. */
    public Sql and(String condition, Object... args) {
        text.append(hasWhere ? " and " : " where ");
        hasWhere = true;
        return append(condition, args);
    }

    /** Appends text as it is (an ORDER BY, a LIMIT), binding its question marks. */
    public Sql then(String clause, Object... args) {
        text.append(' ');
        hasWhere |= clause.toLowerCase().contains(" where ");
        return append(clause, args);
    }

    private Sql append(String fragment, Object... args) {
        int next = 0;
        for (char c : fragment.toCharArray()) {
            if (c == '?') {
                values.add(args[next++]);
                text.append('$').append(values.size());
            } else {
                text.append(c);
            }
        }
        if (next != args.length) {
            throw new IllegalArgumentException("Expected " + next + " values for: " + fragment);
        }
        return this;
    }

    /**
     * Appends {@code limit n} with the number written into the text: with a bound limit PostgreSQL
     * cannot cost a plan that serves every execution, so it plans the statement again each time.
     */
    public Sql limit(int rows) {
        text.append(" limit ").append(rows);
        return this;
    }

    /** Marks the statement to be planned for the values of each execution (a bound LIKE pattern, see PlanReusingPool). */
    public Sql plannedForItsValues() {
        plannedForItsValues = true;
        return this;
    }

    public String text() {
        return plannedForItsValues ? PlanReusingPool.plannedForItsValues(text.toString()) : text.toString();
    }

    public Tuple values() {
        return Tuple.from(values);
    }

    /**
     * A LIKE literal for the region paths under {@code path}, to be written into the text so that
     * each scope gets its own plan. Only letters, digits and slashes are accepted: nothing can
     * leave the quotes or act as a wildcard.
     */
    public static String pathPrefix(String path) {
        if (!REGION_PATH.matcher(path).matches()) {
            throw new IllegalArgumentException("Not a region path: " + path);
        }
        return "'" + path + "%'";
    }

    /** A LIKE pattern that finds {@code text} anywhere, with the user's % and _ taken literally. */
    public static String contains(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /**
     * Enum constants as SQL string literals ({@code 'A', 'B'}), for an {@code in (...)} written into
     * the text: a partial index whose condition names them can serve only a condition PostgreSQL
     * can compare with it when planning, which a bound array is not.
     */
    public static String literals(Collection<? extends Enum<?>> constants) {
        return constants.stream().map(c -> "'" + c.name() + "'").collect(Collectors.joining(", "));
    }
}
