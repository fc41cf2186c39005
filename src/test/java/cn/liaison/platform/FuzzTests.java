package cn.liaison.platform;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.liaison.support.Api;
import cn.liaison.support.Desk;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Walks every operation of the committed contract and sends malformed variants of each path and
 * query parameter and of each body field, junk bodies and wrong content types, as the caller the
 * operation is for. Whatever is sent, no answer is a 5xx, and every refusal is problem+json with a
 * code (GeoReport's error array for the Open311 operations, which name it in x-error-body). Every
 * call also passes the contract check, so a refusal the operation does not document fails too.
 * Bodies are sent to ids that do not exist, so nothing real is changed by a variant that happens to
 * be valid.
 */
@QuarkusTest
class FuzzTests {

    private static final String MISSING_ID = "987654321";
    private static final String LONG_TEXT = "长".repeat(100_000);
    private static final List<String> BAD_PATH_VALUES = List.of("abc", "-1", "99999999999999999999999", "1.5", "%00");
    private static final List<String> BAD_QUERY_VALUES = List.of("abc", "", "-99999999999999999999", "2026-13-45", "\u0000",
            "\ud83d", "NOPE");
    /** Raw JSON for one field: wrong types, nulls, text PostgreSQL cannot store, huge text, impossible dates. */
    private static final List<String> BAD_FIELD_VALUES = List.of("null", "123", "-1", "1e400", "\"x\"", "true", "{}", "[]",
            "[null]", "[\"x\"]", "\"a\\u0000b\"", "\"\\ud83d\"", "\"" + LONG_TEXT + "\"", "\"2026-13-45\"", "\"NOPE\"");
    private static final List<String> JUNK_BODIES = List.of("", "[]", "\"x\"", "123", "null", "{", "{\"a\":1,\"a\":1}", "\u0000");

    private final ObjectMapper json = new ObjectMapper();
    private JsonNode contract;
    private final List<String> failures = new ArrayList<>();
    private int sent;

    @Test
    void noMalformedRequestGetsA5xxOrAnAnswerThatIsNotAProblem() throws Exception {
        contract = json.readTree(Path.of("openapi", "openapi.json").toFile());
        Desk desk = Desk.open("模糊");
        Map<String, String> tokens = Map.of("ADMIN", Api.adminToken(), "STAFF", desk.staff, "CITIZEN", desk.citizen,
                "DEPUTY", desk.deputyToken);
        for (Iterator<Map.Entry<String, JsonNode>> paths = contract.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!"deleteMyAccount".equals(op.getValue().path("operationId").asText())) {
                    fuzz(path.getKey(), op.getKey().toUpperCase(), op.getValue(), tokenFor(path.getKey(), op.getValue(), tokens));
                }
            }
        }
        assertTrue(sent > 2000, "only " + sent + " requests were sent");
        assertTrue(failures.isEmpty(), failures.size() + " of " + sent + " answers were wrong:\n" + String.join("\n", failures));
    }

    private void fuzz(String template, String method, JsonNode operation, String token) {
        Map<String, String> pathValues = new LinkedHashMap<>();
        List<String> queryNames = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("in").asText().equals("path")) {
                pathValues.put(parameter.path("name").asText(), MISSING_ID);
            } else if (parameter.path("in").asText().equals("query")) {
                queryNames.add(parameter.path("name").asText());
            }
        }
        if (template.contains("{day}")) {
            pathValues.put("day", "2031-02-03");
        }
        for (String name : pathValues.keySet()) {
            for (String bad : BAD_PATH_VALUES) {
                Map<String, String> values = new LinkedHashMap<>(pathValues);
                values.put(name, bad);
                send(method, url(template, values, Map.of()), token, operation, null, null);
            }
        }
        for (String name : queryNames) {
            for (String bad : BAD_QUERY_VALUES) {
                send(method, url(template, pathValues, Map.of(name, bad)), token, operation, null, null);
            }
        }
        JsonNode body = operation.at("/requestBody/content/application~1json/schema");
        String url = url(template, pathValues, Map.of());
        if (!body.isMissingNode()) {
            boolean list = resolve(body).path("type").asText().equals("array");
            JsonNode item = list ? resolve(body).path("items") : body;
            JsonNode base = json.valueToTree(sample(item));
            if (base.isObject()) {
                for (String field : properties(item)) {
                    for (String bad : BAD_FIELD_VALUES) {
                        ObjectNode variant = ((ObjectNode) base).deepCopy();
                        variant.remove(field);
                        String text = variant.toString();
                        text = (text.equals("{}") ? "{" : text.substring(0, text.length() - 1) + ",") + "\"" + field + "\":" + bad + "}";
                        send(method, url, token, operation, "application/json", list ? "[" + text + "]" : text);
                    }
                }
            }
            for (String junk : JUNK_BODIES) {
                send(method, url, token, operation, "application/json", junk);
            }
            send(method, url, token, operation, "text/plain", base.toString());
            send(method, url, token, operation, "application/xml", "<a/>");
        }
        if (operation.at("/requestBody/content").has("multipart/form-data")) {
            for (String junk : List.of("", "--b\r\n", "--b\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc",
                    "--x\r\n\r\n--x--\r\n")) {
                send(method, url, token, operation, "multipart/form-data; boundary=b", junk);
            }
        }
        if (operation.at("/requestBody/content").has("text/csv")) {
            for (String junk : List.of("", "\u0000", "编号,姓名\r\n\"unterminated", "a,b\r\n" + LONG_TEXT)) {
                send(method, url, token, operation, "text/csv; charset=UTF-8", junk);
            }
        }
    }

    private void send(String method, String url, String token, JsonNode operation, String contentType, String body) {
        RequestSpecification request = given().urlEncodingEnabled(false)
                .config(RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig()
                        .encodeContentTypeAs("multipart/form-data", ContentType.TEXT)
                        .encodeContentTypeAs("application/xml", ContentType.TEXT)
                        .encodeContentTypeAs("text/csv", ContentType.TEXT)))
                .header("Idempotency-Key", "fuzz-" + System.nanoTime())
                .accept("application/json, application/problem+json, */*");
        if (token != null) {
            request.auth().oauth2(token);
        }
        if (contentType != null) {
            request.contentType(contentType).body(body.getBytes(StandardCharsets.UTF_8));
        }
        sent++;
        String what = method + " " + url + (body == null ? "" : " " + abbreviated(body));
        Response response;
        try {
            response = request.request(method, url);
        } catch (AssertionError offTheContract) {
            failures.add(what + ": " + offTheContract.getMessage().lines().limit(3).toList());
            return;
        }
        int status = response.statusCode();
        if (status >= 500) {
            failures.add(what + " answered " + status + " " + abbreviated(response.asString()));
        } else if (status >= 400 && !refusedInItsShape(operation, response)) {
            failures.add(what + " answered " + status + " without a problem: " + response.contentType());
        }
    }

    /** problem+json with a code; or, where the operation names another error body (Open311), GeoReport's [{code, description}]. */
    private static boolean refusedInItsShape(JsonNode operation, Response response) {
        if (operation.has("x-error-body")) {
            return response.contentType().startsWith("application/json") && response.jsonPath().getInt("[0].code") == response.statusCode()
                    && response.jsonPath().getString("[0].description") != null;
        }
        return response.contentType().startsWith("application/problem+json") && response.jsonPath().getString("code") != null;
    }

    private static String tokenFor(String path, JsonNode operation, Map<String, String> tokens) {
        JsonNode security = operation.path("security");
        if (security.isEmpty()) {
            return null;
        }
        List<String> roles = new ArrayList<>();
        security.get(0).path("bearer").forEach(role -> roles.add(role.asText()));
        for (String role : List.of("STAFF", "CITIZEN", "DEPUTY", "ADMIN")) {
            if (roles.contains(role)) {
                return tokens.get(role);
            }
        }
        return tokens.get(path.startsWith("/api/v1/me") ? "CITIZEN" : "STAFF");
    }

    private static String url(String template, Map<String, String> pathValues, Map<String, String> query) {
        String url = template;
        for (Map.Entry<String, String> value : pathValues.entrySet()) {
            String encoded = value.getValue().startsWith("%") ? value.getValue() : encode(value.getValue());
            url = url.replace("{" + value.getKey() + "}", encoded);
        }
        StringBuilder withQuery = new StringBuilder(url);
        query.forEach((name, value) -> withQuery.append(withQuery.indexOf("?") < 0 ? '?' : '&').append(name).append('=')
                .append(value.equals("\ud83d") ? "%ED%A0%BD" : encode(value)));
        return withQuery.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviated(String text) {
        return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }

    private JsonNode resolve(JsonNode schema) {
        if (schema.has("$ref")) {
            return resolve(contract.at(schema.get("$ref").asText().substring(1)));
        }
        if (schema.has("allOf")) {
            for (JsonNode part : schema.get("allOf")) {
                if (part.has("$ref")) {
                    return resolve(part);
                }
            }
        }
        return schema;
    }

    private List<String> properties(JsonNode schema) {
        List<String> names = new ArrayList<>();
        resolve(schema).path("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** A plausible value for a schema: what a well-behaved client would send, to vary one field at a time. */
    private Object sample(JsonNode schema) {
        JsonNode resolved = resolve(schema);
        if (resolved.has("enum")) {
            return resolved.get("enum").get(0).asText();
        }
        switch (resolved.path("type").asText("object")) {
            case "string":
                String format = resolved.path("format").asText();
                if (format.equals("date")) {
                    return "2031-02-03";
                }
                if (format.equals("date-time")) {
                    return "2031-02-03T10:00:00+08:00";
                }
                if (resolved.path("pattern").asText().startsWith("1")) {
                    return "13812345678";
                }
                return "测试内容：村口道路需要修缮1";
            case "integer":
                return resolved.path("minimum").asLong(1);
            case "number":
                return 30.5;
            case "boolean":
                return true;
            case "array":
                return List.of();
            default:
                Map<String, Object> object = new LinkedHashMap<>();
                for (JsonNode required : resolved.path("required")) {
                    object.put(required.asText(), sample(resolved.path("properties").path(required.asText())));
                }
                return object;
        }
    }
}
