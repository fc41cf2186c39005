package cn.liaison.platform;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import cn.liaison.platform.error.ErrorCode;
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

    /**
     * Every code the service can answer ({@link ErrorCode}, which every refusal is made from) is in
     * the contract: in the problem's list of codes, and named where a client meets it, in an
     * operation (its answers or parameters) or the problem's own description.
     */
    @Test
    void everyErrorCodeTheServiceAnswersIsInTheContract() throws Exception {
        JsonNode contract = served();
        List<String> listed = new ArrayList<>();
        contract.at("/components/schemas/Problem/properties/code/enum").forEach(code -> listed.add(code.asText()));
        assertEquals(Arrays.stream(ErrorCode.values()).map(Enum::name).toList(), listed, "the problem's codes");

        // The operations' words (answers, parameters) and the problem's own description.
        String named = contract.path("paths") + " " + contract.at("/components/schemas/Problem/description").asText();
        List<String> unnamed = Arrays.stream(ErrorCode.values()).map(Enum::name)
                .filter(code -> !java.util.regex.Pattern.compile("\\b" + code + "\\b").matcher(named).find()).toList();
        assertEquals(List.of(), unnamed, "codes no answer of the contract names");
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
                    // Open311 answers its errors as GeoReport v2 prescribes: an array of {code, description}.
                    String type = operation.has("x-error-body") ? "application~1json" : "application~1problem+json";
                    if (operation.at("/responses/" + code + "/content/" + type).isMissingNode()) {
                        missing.add(name + " " + code + ": " + type.replace("~1", "/"));
                    }
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
