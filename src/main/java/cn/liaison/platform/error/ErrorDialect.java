package cn.liaison.platform.error;

/**
 * A part of the API that answers its errors in a shape another published standard fixes instead of
 * problem+json: Open311's GeoReport v2, whose clients read an array of {@code {code, description}}.
 * The status, the code chosen and the language stay ours; only the body is written another way.
 * Implemented by the feature that speaks the standard, so that the platform needs to know none.
 */
public interface ErrorDialect {

    /** Whether errors of requests to {@code path} (as sent, undecoded, without the query) are written in this dialect. */
    boolean covers(String path);

    /** The content type of the answer. */
    String mediaType();

    /** The body that says what {@code problem} says. */
    Object body(Problem problem);
}
