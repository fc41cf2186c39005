package cn.liaison.platform.error;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Stable, machine-readable error codes. Clients switch on the name, so a name never changes once
 * released; the human text lives in {@code messages/problems*.properties}. A code may name the
 * database constraints whose violation it explains, so that a request that passed no check in the
 * code, or raced another past it, still gets the answer the check would have given.
 */
public enum ErrorCode {
    VALIDATION_FAILED(400),
    MALFORMED_REQUEST(400),
    TEXT_NOT_STORABLE(400),
    INVALID_CURSOR(400),
    IDEMPOTENCY_KEY_REQUIRED(400),
    IDEMPOTENCY_KEY_INVALID(400),
    WECHAT_PHONE_CODE_INVALID(400),
    INVITATION_INVALID(400),
    CSV_UNREADABLE(400),
    UNAUTHENTICATED(401),
    BAD_CREDENTIALS(401),
    REFRESH_TOKEN_INVALID(401),
    ACCOUNT_DISABLED(401),
    WECHAT_CODE_INVALID(401),
    FORBIDDEN(403),
    CONSOLE_STAFF_ONLY(403),
    WECHAT_USER_RISKY(403),
    API_KEY_INVALID(403),
    NOT_FOUND(404),
    METHOD_NOT_ALLOWED(405),
    NOT_ACCEPTABLE(406),
    USERNAME_TAKEN(409, "users_username_uidx"),
    REGION_CODE_TAKEN(409, "regions_code_key"),
    ACCOUNT_MANAGED_BY_ADMIN(409),
    CANNOT_CHANGE_OWN_ACCOUNT(409),
    CONCURRENT_MODIFICATION(409, "opinion_events_opinion_id_seq_key", "deputy_profile_changes_pending_uidx", "suggestion_events_suggestion_id_seq_key",
            "users_unionid_uidx"),
    RECEPTION_FULL(409),
    RECEPTION_CLOSED(409),
    ALREADY_BOOKED(409, "bookings_reception_id_citizen_id_key"),
    BOOKING_NOT_ACTIVE(409),
    ACTION_NOT_ALLOWED_IN_STATE(409),
    DEPUTY_ALREADY_BOUND(409),
    ACCOUNT_ALREADY_DEPUTY(409, "deputies_user_id_key"),
    RATING_PERIOD_OVER(409),
    NAME_TAKEN(409, "categories_name_key"),
    ROSTER_KEY_TAKEN(409, "deputies_roster_key_key"),
    ALREADY_EXISTS(409),
    ALREADY_EXTENDED(409),
    ALREADY_SUPERVISED(409),
    ALREADY_PUBLISHED(409),
    ALREADY_ANSWERED(409, "suggestion_answers_suggestion_id_department_id_round_key"),
    COSIGNERS_PENDING(409),
    NOT_PUBLISHABLE(409),
    NO_PHONE_HELD(409),
    FILE_TOO_LARGE(413),
    REQUEST_TOO_LARGE(413),
    URI_TOO_LONG(414),
    UNSUPPORTED_MEDIA_TYPE(415),
    UNSUPPORTED_IMAGE(415),
    IDEMPOTENCY_KEY_REUSED(422),
    UNKNOWN_REGION(422, "departments_region_id_fkey", "users_region_id_fkey", "stations_region_id_fkey"),
    UNKNOWN_REFERENCE(422),
    RECEPTION_NOTICE_TOO_SHORT(422),
    ACCOUNT_LOCKED(423),
    LOOKUP_CODE_LOCKED(423),
    RATE_LIMITED(429),
    HEADERS_TOO_LARGE(431),
    WECHAT_RATE_LIMITED(429),
    INTERNAL_ERROR(500),
    SERVICE_UNAVAILABLE(503),
    DATABASE_UNAVAILABLE(503),
    SESSION_STORE_UNAVAILABLE(503),
    SEARCH_TIMED_OUT(503),
    WECHAT_UNAVAILABLE(503);

    private static final Map<String, ErrorCode> BY_CONSTRAINT = Arrays.stream(values())
            .flatMap(code -> Stream.of(code.constraints).map(name -> Map.entry(name, code)))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    private final int status;
    private final String[] constraints;

    ErrorCode(int status, String... constraints) {
        this.status = status;
        this.constraints = constraints;
    }

    public int status() {
        return status;
    }

    /** The code that explains a violation of the named constraint, if one does. */
    public static Optional<ErrorCode> ofConstraint(String constraint) {
        return Optional.ofNullable(constraint == null ? null : BY_CONSTRAINT.get(constraint));
    }
}
