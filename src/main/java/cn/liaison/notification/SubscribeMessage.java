package cn.liaison.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The {@code data} of a subscribe message: each template field filled from the notification and
 * cut to what its type allows (SPEC §7: thing ≤ 20, phrase ≤ 5, character_string ≤ 32, name ≤ 10),
 * because WeChat rejects the whole message (47003) for one field that is too long.
 */
final class SubscribeMessage {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private SubscribeMessage() {
    }

    static Map<String, String> data(Map<String, String> fields, NotificationKind kind, JsonNode payload, Instant at, ZoneId zone) {
        Map<String, String> data = new LinkedHashMap<>();
        fields.forEach((key, source) -> {
            String value = switch (source) {
                case "trackingNo" -> payload.path("trackingNo").asText("");
                case "title" -> payload.path("title").asText("");
                case "state" -> kind.label();
                case "note" -> payload.path("note").asText(kind.label());
                case "time" -> key.startsWith("date") ? DATE.format(at.atZone(zone)) : TIME.format(at.atZone(zone));
                default -> source;
            };
            data.put(key, fit(key, value));
        });
        return data;
    }

    /** Cuts a value to the limit of its field type, which the key names: {@code thing2} is a thing. */
    static String fit(String key, String value) {
        String type = key.replaceAll("\\d+$", "");
        int limit = switch (type) {
            case "thing" -> 20;
            case "phrase", "symbol" -> 5;
            case "name" -> 10;
            case "car_number" -> 8;
            case "phone_number" -> 17;
            default -> 32;
        };
        String clean = value.isBlank() ? "-" : value.strip().replaceAll("\\s+", " ");
        if (clean.codePointCount(0, clean.length()) <= limit) {
            return clean;
        }
        if (type.equals("thing") || type.equals("name")) {
            return clean.substring(0, clean.offsetByCodePoints(0, limit - 1)) + "…";
        }
        return clean.substring(0, clean.offsetByCodePoints(0, limit));
    }
}
