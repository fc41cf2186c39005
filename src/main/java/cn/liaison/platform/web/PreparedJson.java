package cn.liaison.platform.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An answer read far more often than it changes, written as JSON once and gzipped once, so that a
 * request only chooses which bytes to send. A county's staff figures are 43 KB of JSON and 3 KB
 * gzipped, and the console's browser always accepts gzip.
 */
public final class PreparedJson {

    private final byte[] plain;
    private final byte[] gzipped;

    private PreparedJson(byte[] plain, byte[] gzipped) {
        this.plain = plain;
        this.gzipped = gzipped;
    }

    public static PreparedJson of(ObjectMapper json, Object value) {
        try {
            byte[] plain = json.writeValueAsBytes(value);
            return new PreparedJson(plain, gzip(plain));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A prepared answer could not be written as JSON", e);
        }
    }

    /** The gzipped bytes for a client whose Accept-Encoding allows gzip, the plain ones otherwise. */
    public Response answer(HttpHeaders request) {
        boolean gzip = acceptsGzip(request.getHeaderString(HttpHeaders.ACCEPT_ENCODING));
        Response.ResponseBuilder answer = Response.ok(gzip ? gzipped : plain, MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        return (gzip ? answer.header(HttpHeaders.CONTENT_ENCODING, "gzip") : answer).build();
    }

    /**
     * Whether an Accept-Encoding header (RFC 9110, 12.5.3) allows gzip: named, or covered by
     * {@code *}, with a weight above zero. A header naming gzip decides over {@code *}.
     */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        Boolean any = null;
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.split(";");
            String name = parts[0].trim().toLowerCase(Locale.ROOT);
            boolean allowed = parts.length < 2 || weightAboveZero(parts[1]);
            if (name.equals("gzip") || name.equals("x-gzip")) {
                return allowed;
            }
            if (name.equals("*")) {
                any = allowed;
            }
        }
        return Boolean.TRUE.equals(any);
    }

    private static boolean weightAboveZero(String parameter) {
        String[] pair = parameter.split("=", 2);
        if (pair.length < 2 || !pair[0].trim().equalsIgnoreCase("q")) {
            return true;
        }
        try {
            return Double.parseDouble(pair[1].trim()) > 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static byte[] gzip(byte[] plain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 4 + 64);
        try (GZIPOutputStream zipped = new GZIPOutputStream(out)) {
            zipped.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory does not fail", e);
        }
        return out.toByteArray();
    }
}
