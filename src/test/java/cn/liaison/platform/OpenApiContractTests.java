package cn.liaison.platform;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OpenApiContractTests {

    private static final Path COMMITTED = Path.of("openapi", "openapi.json");
    private final ObjectMapper json = new ObjectMapper();

    private JsonNode served() throws Exception {
        return json.readTree(given().accept("application/json").get("/q/openapi?format=json").then()
                .statusCode(200).extract().asString());
    }

    @Test
    void theCommittedContractIsWhatTheCodeServes() throws Exception {
        assertTrue(Files.exists(COMMITTED), "openapi/openapi.json is missing: run ./mvnw package and commit it");
        assertEquals(json.readTree(COMMITTED.toFile()), served(),
                "openapi/ is out of date: run ./mvnw package -DskipTests and commit openapi/");
    }

    @Test
    void everyOperationHasASummarySecurityAndErrorAnswers() throws Exception {
        List<String> missing = new ArrayList<>();
        served().path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String name = op.getKey().toUpperCase() + " " + path.getKey();
            JsonNode operation = op.getValue();
            if (operation.path("summary").asText().isBlank()) {
                missing.add(name + ": summary");
            }
            if (!operation.has("security")) {
                missing.add(name + ": security");
            }
            boolean anError = false;
            for (var status = operation.path("responses").fieldNames(); status.hasNext();) {
                String code = status.next();
                if (code.startsWith("4") || code.startsWith("5")) {
                    anError = true;
                    assertNotNull(operation.at("/responses/" + code + "/content/application~1problem+json"), name + " " + code);
                }
            }
            if (!anError) {
                missing.add(name + ": error responses");
            }
        }));
        assertTrue(missing.isEmpty(), String.join("\n", missing));
        assertFalse(served().path("paths").isEmpty());
    }
}
