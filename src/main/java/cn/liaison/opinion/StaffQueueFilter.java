package cn.liaison.opinion;

import java.time.Instant;

/**
 * Filters of the staff queue; all optional. {@code text} finds Chinese substrings in title and
 * content, or the one opinion whose tracking number it is: what staff type when a citizen calls.
 * Values only: the query they make is the search repository's ({@code StaffQueueWhere}).
 */
public record StaffQueueFilter(OpinionState state, Long regionId, Long stationId, Long categoryId, OpinionKind kind,
        Boolean flagged, Long deputyId, Long departmentId, Boolean overdue, Boolean supervised, Instant dueBefore, String text) {

    /** What was typed, stripped; null when nothing was. */
    public String typed() {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
