package cn.liaison.notification;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;



/**
 * The subscribe-message templates as configured, by notification kind, as a deployer may have
 * written them: in application.properties ({@code templates.OPINION_REPLIED.fields.thing2=title}), or
 * in the environment ({@code LIAISON_NOTIFICATIONS_TEMPLATES_OPINION_REPLIED_ID} and
 * {@code _FIELD_LIST=thing2=title,phrase3=state}; application.properties names every kind so that
 * these reach their entry). A quoted key ({@code __OPINION_REPLIED__}) arrives lower-cased with
 * dots for underscores and is read as the kind it names. A template that cannot be used is named in
 * a warning at start, instead of its messages silently staying in the inbox.
 */
@ApplicationScoped
public class NotificationTemplates {

    private static final Logger LOG = Logger.getLogger(NotificationTemplates.class);

    /** A usable template: its id and which value fills each field. */
    public record Template(String id, Map<String, String> fields) {
    }

    private final Map<NotificationKind, Template> byKind = new EnumMap<>(NotificationKind.class);

    public NotificationTemplates(NotificationConfig config) {
        config.templates().forEach((key, configured) -> {
            String kindName = key.replace("\"", "").replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
            Optional<NotificationKind> kind = Arrays.stream(NotificationKind.values()).filter(k -> k.name().equals(kindName)).findFirst();
            Optional<String> id = configured.id().map(String::strip).filter(s -> !s.isEmpty());
            if (kind.isEmpty()) {
                LOG.warnf("Subscribe-message template \"%s\" names no notification kind (%s): it is never used", key,
                        Arrays.toString(NotificationKind.values()));
            } else if (id.isEmpty() && (!configured.fields().isEmpty() || configured.fieldList().isPresent())) {
                LOG.warnf("Subscribe-message template for %s has fields but no id: its messages stay in the inbox", kindName);
            } else if (id.isPresent()) {
                // Two keys may name one kind (OPINION_REPLIED and a quoted opinion.replied): their fields add up.
                byKind.merge(kind.get(), new Template(id.get(), fieldsOf(configured)),
                        (earlier, later) -> new Template(later.id(), merge(earlier.fields(), later.fields())));
            }
        });
    }

    public Optional<Template> of(NotificationKind kind) {
        return Optional.ofNullable(byKind.get(kind));
    }

    /** The ids of every usable template: the consents the mini-program may report. */
    public Set<String> ids() {
        return byKind.values().stream().map(Template::id).collect(Collectors.toSet());
    }

    /** WeChat's field keys are lower case with underscores ({@code character_string1}). */
    private static Map<String, String> fieldsOf(NotificationConfig.Template configured) {
        Map<String, String> fields = new LinkedHashMap<>();
        configured.fields().forEach((key, value) -> fields.put(key.replace("\"", "").replace('.', '_').toLowerCase(Locale.ROOT), value));
        configured.fieldList().ifPresent(line -> {
            for (String pair : line.split(",")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    fields.put(pair.substring(0, equals).strip().toLowerCase(Locale.ROOT), pair.substring(equals + 1).strip());
                } else if (!pair.isBlank()) {
                    LOG.warnf("Subscribe-message field \"%s\" is not key=value: left out", pair.strip());
                }
            }
        });
        return fields;
    }

    private static Map<String, String> merge(Map<String, String> first, Map<String, String> second) {
        Map<String, String> all = new LinkedHashMap<>(first);
        all.putAll(second);
        return all;
    }
}
