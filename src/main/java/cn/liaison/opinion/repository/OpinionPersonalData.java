package cn.liaison.opinion.repository;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.liaison.identity.PersonalData;
import cn.liaison.opinion.Redaction;
import cn.liaison.platform.crypto.FieldCipher;
import cn.liaison.platform.persistence.JsonQuery;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * A citizen's opinions as personal data. The copy holds each with its contact phone, public timeline
 * and replies. A deleted account leaves on its opinions (PIPL art. 47) no contact phone nor its
 * look-up hash, no name on the board, and its name taken out of the published title, content and
 * replies as an anonymous submitter's is. The opinions, their timelines and their answers stay: the
 * office's work and its figures do not vanish with the account.
 */
@ApplicationScoped
public class OpinionPersonalData implements PersonalData {

    private static final String COPY = """
            select coalesce(json_agg(json_build_object(
                     'id', o.id, 'trackingNo', o.tracking_no, 'state', o.state, 'kind', o.kind, 'title', o.title,
                     'content', o.content, 'place', o.place, 'latitude', o.latitude, 'longitude', o.longitude,
                     'photoIds', o.photo_ids, 'anonymous', o.anonymous, 'confidential', o.confidential,
                     'consentToPublish', o.consent_to_publish, 'stationId', o.station_id, 'rating', o.rating,
                     'createdAt', o.created_at, 'publishedAt', o.published_at, 'phoneCipher', o.phone_cipher,
                     'timeline', (select coalesce(json_agg(json_build_object('seq', e.seq, 'type', e.type,
                                    'stateAfter', e.state_after, 'note', e.note, 'at', e.created_at) order by e.seq), '[]')
                                    from opinion_events e where e.opinion_id = o.id and e.visibility = 'PUBLIC'),
                     'replies', (select coalesce(json_agg(json_build_object('content', r.content, 'at', r.created_at)
                                    order by r.id), '[]') from opinion_replies r where r.opinion_id = o.id))
                   order by o.id), '[]')::text
              from opinions o where o.submitter_id = :id""";
    private static final String PHONES_AND_AUTHOR = """
            update opinions set phone_cipher = null, phone_hash = null, public_author = null where submitter_id = :id""";
    private static final String OPINION_TEXT = """
            update opinions set public_title = replace(public_title, :name, :mask), public_content = replace(public_content, :name, :mask)
             where submitter_id = :id and published_at is not null""";
    private static final String REPLIES = """
            update opinion_replies r set public_content = replace(coalesce(r.public_content, r.content), :name, :mask)
              from opinions o
             where o.id = r.opinion_id and o.submitter_id = :id and o.published_at is not null""";

    private final FieldCipher cipher;
    private final ObjectMapper json;

    public OpinionPersonalData(FieldCipher cipher, ObjectMapper json) {
        this.cipher = cipher;
        this.json = json;
    }

    @Override
    public String section() {
        return "opinions";
    }

    /** Built by PostgreSQL in one statement; only the phone is decrypted here. */
    @Override
    public Uni<JsonNode> export(long userId) {
        return JsonQuery.of(json, COPY, userId).invoke(opinions -> opinions.forEach(o -> {
            JsonNode phone = ((ObjectNode) o).remove("phoneCipher");
            ((ObjectNode) o).put("phone", phone == null || phone.isNull() ? null : cipher.decrypt(phone.asText()));
        }));
    }

    @Override
    public Uni<Void> erase(long userId, String name) {
        Uni<Void> erased = Panache.getSession().chain(session -> session.createNativeQuery(PHONES_AND_AUTHOR)
                .setParameter("id", userId).executeUpdate()).replaceWithVoid();
        // A name of one character would be taken out of every word that holds it; Redaction skips those too.
        if (name == null || name.strip().length() < 2) {
            return erased;
        }
        return erased.chain(() -> withoutName(OPINION_TEXT, userId, name.strip()))
                .chain(() -> withoutName(REPLIES, userId, name.strip()));
    }

    private static Uni<Void> withoutName(String sql, long userId, String name) {
        return Panache.getSession().chain(session -> session.createNativeQuery(sql).setParameter("id", userId)
                .setParameter("name", name).setParameter("mask", Redaction.NAME_MASK).executeUpdate()).replaceWithVoid();
    }
}
