package cn.liaison.opinion.service;

import cn.liaison.opinion.OpinionKind;
import cn.liaison.opinion.OpinionState;

/** Filters of the staff queue; all optional. {@code text} finds Chinese substrings in title and content. */
public record StaffQueueFilter(OpinionState state, Long regionId, Long stationId, Long categoryId, OpinionKind kind,
        Boolean flagged, Long deputyId, Long departmentId, Boolean overdue, String text) {
}
