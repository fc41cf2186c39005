package cn.liaison.platform.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.error.ErrorCode;

/** Encodes the sort keys of the last row shown into an opaque, URL-safe cursor. */
public final class Cursor {

    private static final String VERSION = "c1";
    private static final String SEPARATOR = "\u001f";

    private Cursor() {
    }

    public static String of(Object... keys) {
        StringBuilder text = new StringBuilder(VERSION);
        for (Object key : keys) {
            text.append(SEPARATOR).append(key);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The keys of a cursor made by {@link #of}; a tampered or foreign cursor answers 400 INVALID_CURSOR. */
    public static String[] keys(String cursor, int count) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = text.split(SEPARATOR, -1);
            if (parts.length != count + 1 || !VERSION.equals(parts[0])) {
                throw new ApiException(ErrorCode.INVALID_CURSOR);
            }
            String[] keys = new String[count];
            System.arraycopy(parts, 1, keys, 0, count);
            return keys;
        } catch (IllegalArgumentException e) {
            throw new ApiException(ErrorCode.INVALID_CURSOR);
        }
    }

    public static long longKey(String cursor) {
        return longKeys(cursor, 1)[0];
    }

    /** The keys of a cursor made of {@code count} whole numbers. */
    public static long[] longKeys(String cursor, int count) {
        String[] keys = keys(cursor, count);
        long[] values = new long[count];
        try {
            for (int i = 0; i < count; i++) {
                values[i] = Long.parseLong(keys[i]);
            }
        } catch (NumberFormatException e) {
            throw new ApiException(ErrorCode.INVALID_CURSOR);
        }
        return values;
    }
}
