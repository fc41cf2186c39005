package cn.liaison.platform.error;

/**
 * Stable, machine-readable error codes. Clients switch on the name, so a name never changes once
 * released; the human text lives in {@code messages/problems*.properties}.
 */
public enum ErrorCode {
    VALIDATION_FAILED(400),
    MALFORMED_REQUEST(400),
    INVALID_CURSOR(400),
    IDEMPOTENCY_KEY_REQUIRED(400),
    IDEMPOTENCY_KEY_INVALID(400),
    WECHAT_PHONE_CODE_INVALID(400),
    UNAUTHENTICATED(401),
    BAD_CREDENTIALS(401),
    REFRESH_TOKEN_INVALID(401),
    ACCOUNT_DISABLED(401),
    WECHAT_CODE_INVALID(401),
    FORBIDDEN(403),
    WECHAT_USER_RISKY(403),
    NOT_FOUND(404),
    METHOD_NOT_ALLOWED(405),
    NOT_ACCEPTABLE(406),
    USERNAME_TAKEN(409),
    ACCOUNT_MANAGED_BY_ADMIN(409),
    CANNOT_CHANGE_OWN_ACCOUNT(409),
    CONCURRENT_MODIFICATION(409),
    RECEPTION_FULL(409),
    RECEPTION_CLOSED(409),
    ALREADY_BOOKED(409),
    BOOKING_NOT_ACTIVE(409),
    ACTION_NOT_ALLOWED_IN_STATE(409),
    FILE_TOO_LARGE(413),
    UNSUPPORTED_MEDIA_TYPE(415),
    UNSUPPORTED_IMAGE(415),
    IDEMPOTENCY_KEY_REUSED(422),
    UNKNOWN_REGION(422),
    RECEPTION_NOTICE_TOO_SHORT(422),
    ACCOUNT_LOCKED(423),
    RATE_LIMITED(429),
    WECHAT_RATE_LIMITED(429),
    INTERNAL_ERROR(500),
    SERVICE_UNAVAILABLE(503),
    SESSION_STORE_UNAVAILABLE(503),
    WECHAT_UNAVAILABLE(503);

    private final int status;

    ErrorCode(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }
}
