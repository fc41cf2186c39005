package cn.liaison.duty.repository;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.liaison.identity.PersonalData;
import cn.liaison.platform.persistence.JsonQuery;
import io.smallrye.mutiny.Uni;

/** A citizen's reception-day bookings, in the copy of their data. A booking names nobody: deletion leaves it. */
@ApplicationScoped
public class BookingPersonalData implements PersonalData {

    private static final String COPY = """
            select coalesce(json_agg(json_build_object('id', b.id, 'receptionId', b.reception_id, 'stationId', r.station_id,
                     'topic', r.topic, 'startsAt', r.starts_at, 'state', b.state, 'bookedAt', b.created_at) order by b.id), '[]')::text
              from bookings b join receptions r on r.id = b.reception_id where b.citizen_id = :id""";

    private final ObjectMapper json;

    public BookingPersonalData(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public String section() {
        return "bookings";
    }

    @Override
    public Uni<JsonNode> export(long userId) {
        return JsonQuery.of(json, COPY, userId);
    }
}
