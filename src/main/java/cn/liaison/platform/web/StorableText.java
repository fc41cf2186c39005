package cn.liaison.platform.web;

/**
 * Text PostgreSQL can store: no NUL character (its text types refuse it) and no half of a UTF-16
 * surrogate pair (it cannot be encoded as UTF-8). Every door text comes in by (JSON bodies, query
 * strings, CSV files) asks this, so such text is refused with 400 before it reaches a query.
 */
public final class StorableText {

    private StorableText() {
    }

    public static boolean isStorable(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
