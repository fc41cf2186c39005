package cn.liaison.support;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;

import io.restassured.RestAssured;

/** The contract check itself: it must be able to fail, or every test that passes through it proves nothing. */
class ContractCheckTests {

    @Test
    void anUndocumentedStatusIsOffTheContract() {
        var answer = SimpleResponse.Builder.status(201).withContentType("application/json").withBody("{}").build();
        assertTrue(ContractCheck.CONTRACT.validateResponse("/api/v1/me", Request.Method.GET, answer).hasErrors());
    }

    @Test
    void aBodyOfTheWrongShapeIsOffTheContract() {
        var answer = SimpleResponse.Builder.status(200).withContentType("application/json").withBody("{\"id\":\"not a number\"}").build();
        assertTrue(ContractCheck.CONTRACT.validateResponse("/api/v1/me", Request.Method.GET, answer).hasErrors());
    }

    @Test
    void aDocumentedProblemIsOnTheContract() {
        var answer = SimpleResponse.Builder.status(401).withContentType("application/problem+json")
                .withBody("{\"type\":\"urn:liaison:problem:unauthenticated\",\"title\":\"t\",\"status\":401,\"code\":\"UNAUTHENTICATED\"}").build();
        assertFalse(ContractCheck.CONTRACT.validateResponse("/api/v1/me", Request.Method.GET, answer).hasErrors());
    }

    @Test
    void everyTestCallPassesThroughTheCheck() {
        new ContractCheck().beforeAll(null);
        assertTrue(RestAssured.filters().stream().anyMatch(ContractCheck.class::isInstance));
    }
}
