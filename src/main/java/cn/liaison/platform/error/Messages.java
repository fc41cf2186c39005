package cn.liaison.platform.error;

import java.text.MessageFormat;
import java.util.List;
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

    /** The language to answer in: English when the client prefers it, Chinese otherwise. */
    public static Locale pick(List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            if ("en".equals(locale.getLanguage())) {
                return Locale.ENGLISH;
            }
            if ("zh".equals(locale.getLanguage())) {
                return CHINESE;
            }
        }
        return CHINESE;
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
