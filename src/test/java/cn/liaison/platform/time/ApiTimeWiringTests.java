package cn.liaison.platform.time;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.OffsetDateTime;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ApiTimeWiringTests {

    @Inject
    ObjectMapper mapper;

    @Test
    void answersWriteTimesWithTheFastSerializer() throws Exception {
        assertInstanceOf(ApiTimeSerializer.class, mapper.getSerializerProviderInstance().findValueSerializer(OffsetDateTime.class));
    }
}
