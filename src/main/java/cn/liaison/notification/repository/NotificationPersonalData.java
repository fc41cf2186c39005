package cn.liaison.notification.repository;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.liaison.identity.PersonalData;
import cn.liaison.platform.persistence.JsonQuery;
import io.smallrye.mutiny.Uni;

/** What a person was notified of, and the subscribe-message consents they gave, in the copy of their data. */
@ApplicationScoped
public class NotificationPersonalData implements PersonalData {

    private static final String COPY = """
            select json_build_object(
                     'received', (select coalesce(json_agg(json_build_object('id', n.id, 'kind', n.kind, 'opinionId', n.opinion_id,
                                    'channel', n.channel, 'createdAt', n.created_at, 'readAt', n.read_at) order by n.id), '[]')
                                    from notifications n where n.recipient_id = :id),
                     'consents', (select coalesce(json_agg(json_build_object('templateId', q.template_id, 'remaining', q.remaining,
                                    'updatedAt', q.updated_at) order by q.template_id), '[]')
                                    from subscription_quotas q where q.user_id = :id))::text""";

    private final ObjectMapper json;

    public NotificationPersonalData(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public String section() {
        return "notifications";
    }

    @Override
    public Uni<JsonNode> export(long userId) {
        return JsonQuery.of(json, COPY, userId);
    }
}
