package cn.liaison.open311.service;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.liaison.opinion.BoardViews;
import cn.liaison.opinion.OpinionLifecycle;
import cn.liaison.opinion.OpinionState;
import cn.liaison.platform.error.ApiException;

/**
 * The filters of GET requests.json as GeoReport v2 defines them, read into the board's feed query:
 * comma-separated lists; dates with their offset; a window of at most 90 days, the most recent 90
 * days when neither end is given (90 days before the end, or after the start, when one is); at
 * most 1000 requests, newest first. service_request_id overrides every other filter.
 */
public record RequestQuery(String serviceRequestIds, String serviceCodes, String startDate, String endDate, String statuses) {

    public static final Duration LONGEST_SPAN = Duration.ofDays(90);
    public static final int MOST_RESULTS = 1000;
    private static final int MOST_IDS = 100;

    public BoardViews.FeedQuery toFeed(Instant now) {
        List<String> ids = items(serviceRequestIds);
        if (!ids.isEmpty()) {
            if (ids.size() > MOST_IDS || ids.stream().anyMatch(id -> id.length() > 24)) {
                throw ApiException.invalidField("service_request_id", "field.malformed");
            }
            return new BoardViews.FeedQuery(ids, null, null, List.of(), Set.of(), MOST_RESULTS);
        }
        Instant start = time("start_date", startDate);
        Instant end = time("end_date", endDate);
        if (start == null && end == null) {
            end = now;
        }
        if (start == null) {
            start = end.minus(LONGEST_SPAN);
        } else if (end == null) {
            end = start.plus(LONGEST_SPAN);
        }
        if (end.isBefore(start) || Duration.between(start, end).compareTo(LONGEST_SPAN) > 0) {
            throw ApiException.invalidField("end_date", "field.open311-span");
        }
        return new BoardViews.FeedQuery(List.of(), start, end, codes(), states(), MOST_RESULTS);
    }

    private List<Long> codes() {
        List<Long> codes = new ArrayList<>();
        for (String code : items(serviceCodes)) {
            try {
                codes.add(Long.parseLong(code));
            } catch (NumberFormatException e) {
                throw ApiException.invalidField("service_code", "field.open311-service-code");
            }
        }
        return codes;
    }

    /** open: work or the citizen's rating is still to come; closed: everything else. */
    private Set<OpinionState> states() {
        Set<OpinionState> states = EnumSet.noneOf(OpinionState.class);
        for (String status : items(statuses)) {
            switch (status) {
                case "open" -> states.addAll(OpinionLifecycle.OPEN);
                case "closed" -> states.addAll(EnumSet.complementOf(EnumSet.copyOf(OpinionLifecycle.OPEN)));
                default -> throw ApiException.invalidField("status", "field.open311-status");
            }
        }
        return states;
    }

    public static String statusOf(OpinionState state) {
        return OpinionLifecycle.OPEN.contains(state) ? "open" : "closed";
    }

    private static Instant time(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiException.invalidField(field, "field.open311-date");
        }
    }

    private static List<String> items(String list) {
        if (list == null || list.isBlank()) {
            return List.of();
        }
        return List.of(list.split(",")).stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
