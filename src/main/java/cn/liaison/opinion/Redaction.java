package cn.liaison.opinion;

import java.util.Collection;
import java.util.regex.Pattern;

/**
 * Takes personal data out of text before the public sees it: resident ID numbers (18 digits, the
 * last possibly X, or the old 15), mobile numbers (also written 138-1234-5678 or +86 138...), and
 * landlines with an area code; and names the submitter chose not to show.
 */
public final class Redaction {

    public static final String ID_MASK = "[身份证号已隐去]";
    public static final String PHONE_MASK = "[电话已隐去]";
    public static final String NAME_MASK = "**";

    private static final String NOT_DIGIT_BEFORE = "(?<![0-9A-Za-z])";
    private static final String NOT_DIGIT_AFTER = "(?![0-9A-Za-z])";
    private static final Pattern ID_NUMBER = Pattern.compile(
            NOT_DIGIT_BEFORE + "(\\d{17}[\\dXx]|\\d{15})" + NOT_DIGIT_AFTER);
    private static final Pattern MOBILE = Pattern.compile(
            NOT_DIGIT_BEFORE + "(\\+?86[ -]?)?1[3-9]\\d[ -]?\\d{4}[ -]?\\d{4}" + NOT_DIGIT_AFTER);
    private static final Pattern LANDLINE = Pattern.compile(
            NOT_DIGIT_BEFORE + "\\(?0\\d{2,3}\\)?[ -]?\\d{7,8}" + NOT_DIGIT_AFTER);

    private Redaction() {
    }

    /** {@code text} with ID numbers, phone numbers and the given names (two characters or more) masked. */
    public static String redact(String text, Collection<String> names) {
        if (text == null) {
            return null;
        }
        String out = ID_NUMBER.matcher(text).replaceAll(ID_MASK);
        out = MOBILE.matcher(out).replaceAll(PHONE_MASK);
        out = LANDLINE.matcher(out).replaceAll(PHONE_MASK);
        for (String name : names) {
            if (name != null && name.strip().length() >= 2) {
                out = out.replace(name.strip(), NAME_MASK);
            }
        }
        return out;
    }
}
