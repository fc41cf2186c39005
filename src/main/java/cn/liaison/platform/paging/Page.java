package cn.liaison.platform.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list. {@code nextCursor} is opaque to clients and null on the last page; lists are
 * keyset-paginated, so pages stay stable when rows are inserted meanwhile.
 */
public record Page<T>(List<T> items, String nextCursor) {

    /**
     * Builds a page from rows fetched with {@code limit + 1}: the extra row only tells that another
     * page exists, and the cursor points after the last row shown.
     */
    public static <R, T> Page<T> of(List<R> rows, int limit, Function<R, T> view, Function<R, String> cursorAfter) {
        boolean more = rows.size() > limit;
        List<R> shown = more ? rows.subList(0, limit) : rows;
        String next = more ? cursorAfter.apply(shown.get(shown.size() - 1)) : null;
        return new Page<>(shown.stream().map(view).toList(), next);
    }
}
