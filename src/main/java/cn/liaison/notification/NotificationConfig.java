package cn.liaison.notification;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How notifications are sent. Under {@code liaison.notifications.*}. */
@ConfigMapping(prefix = "liaison.notifications")
public interface NotificationConfig {

    /**
     * Subscribe-message templates by notification kind (for example {@code OPINION_REPLIED}): the
     * template id from the WeChat console and its fields. A kind without a template goes to the inbox.
     */
    Map<String, Template> templates();

    /** The mini-program page a message opens; {@code {id}} becomes the opinion's id. */
    @WithDefault("pages/opinion/detail?id={id}")
    String page();

    /** The page a message about a deputy suggestion opens (to its deputies and staff); {@code {id}} becomes its id. */
    @WithDefault("pages/suggestion/detail?id={id}")
    String suggestionPage();

    /** {@code formal}, {@code trial} or {@code developer}: which version of the mini-program a message opens. */
    @WithDefault("formal")
    String miniprogramState();

    /** Sending attempts before a notification is parked for an admin to look at. */
    @WithDefault("6")
    int maxAttempts();

    /** Wait before the first retry; each further retry waits twice as long. */
    @WithDefault("30s")
    Duration firstRetryAfter();

    /** How long one instance holds a claimed notification before another may try it. */
    @WithDefault("2m")
    Duration claimFor();
    interface Template {
        /** Template id (模板 ID); empty: the kind stays in the inbox (application.properties names every kind empty). */
        Optional<String> id();

        /**
         * Template field key → what fills it: {@code trackingNo}, {@code title}, {@code state},
         * {@code note}, {@code time}, or any other text, used as it is. The key's type prefix
         * ({@code thing}, {@code phrase}, {@code character_string}, {@code name}, ...) decides how
         * long a value may be.
         */
        Map<String, String> fields();

        /**
         * The same fields in one line, for the environment, where a map inside a map cannot be
         * written: {@code character_string1=trackingNo,thing2=title}
         * ({@code LIAISON_NOTIFICATIONS_TEMPLATES_OPINION_REPLIED_FIELD_LIST}).
         */
        Optional<String> fieldList();
    }
}
