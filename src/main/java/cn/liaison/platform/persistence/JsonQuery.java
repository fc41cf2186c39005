package cn.liaison.platform.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * A statement whose one row and column is JSON that PostgreSQL built ({@code json_agg(...)::text}),
 * for documents read whole, such as the copy of a person's data: one round trip, no mapping by hand.
 * Runs in the current session, with the statement's only parameter {@code :id}.
 */
public final class JsonQuery {

    private JsonQuery() {
    }

    public static Uni<JsonNode> of(ObjectMapper json, String sql, long id) {
        return Panache.getSession().chain(session -> session.createNativeQuery(sql, String.class).setParameter("id", id)
                .getSingleResult()).map(text -> {
                    try {
                        return json.readTree(text);
                    } catch (JsonProcessingException e) {
                        throw new IllegalStateException("PostgreSQL wrote JSON Jackson cannot read", e);
                    }
                });
    }
}
