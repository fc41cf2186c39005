package cn.liaison.platform.error;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Human texts of problems, in Chinese by default and in English for clients that ask for it.
 * Keys are error codes ({@code RATE_LIMITED}) and field messages ({@code field.required}).
 */
public final class Messages {

    static final String BUNDLE = "messages.problems";
    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private Messages() {
    }

    /**
     * The language to answer in, from an {@code Accept-Language} header: English when the client
     * prefers it to Chinese, Chinese otherwise. Read by hand and forgivingly, since the header is
     * also read to answer a malformed request: a weight that does not parse counts as 1, one out of
     * range is clamped, and a broken entry is skipped.
     */
    public static Locale pick(String acceptLanguage) {
        if (acceptLanguage == null) {
            return CHINESE;
        }
        Locale best = CHINESE;
        double bestWeight = 0;
        for (String entry : acceptLanguage.split(",")) {
            String[] parts = entry.split(";");
            String language = parts.length == 0 ? "" : parts[0].strip().toLowerCase(Locale.ROOT);
            Locale locale = language.equals("en") || language.startsWith("en-") ? Locale.ENGLISH
                    : language.equals("zh") || language.startsWith("zh-") ? CHINESE : null;
            double weight = weight(parts);
            if (locale != null && weight > bestWeight) {
                best = locale;
                bestWeight = weight;
            }
        }
        return best;
    }

    private static double weight(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String parameter = parameters[i].strip();
            if (parameter.startsWith("q=")) {
                try {
                    return Math.max(0, Math.min(1, Double.parseDouble(parameter.substring(2))));
                } catch (NumberFormatException e) {
                    return 1;
                }
            }
        }
        return 1;
    }

    public static String text(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH.equals(locale) ? Locale.ENGLISH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            String pattern = bundle.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
