package cn.liaison.identity;

import static cn.liaison.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.liaison.support.Api;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The roles an operation lists in the contract are the roles the service lets in, whichever way a
 * resource states them ({@code @RolesAllowed}, or a named group such as {@link StaffOrAdmin}): a
 * citizen is refused every operation that does not list CITIZEN, and a caller without a token is
 * asked to sign in, before anything of the request is read, so the path's ids and the body do not matter.
 */
@QuarkusTest
class RolesInTheContractTests {

    @Test
    void aCitizenIsRefusedEveryOperationWhoseRolesLeaveCitizensOut() throws Exception {
        JsonNode contract = new ObjectMapper().readTree(given().accept("application/json").get("/q/openapi?format=json").then()
                .statusCode(200).extract().asString());
        String citizen = Api.newCitizen("roles").getString("accessToken");
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (var path = contract.path("paths").fields(); path.hasNext();) {
            var entry = path.next();
            for (var op = entry.getValue().fields(); op.hasNext();) {
                var operation = op.next();
                JsonNode roles = operation.getValue().at("/security/0/bearer");
                if (roles.isMissingNode() || roles.isEmpty() || roles.toString().contains("\"CITIZEN\"")) {
                    continue;
                }
                checked++;
                String url = entry.getKey().replaceAll("\\{[^}]+}", "1");
                var body = operation.getValue().path("requestBody").path("content").fieldNames();
                String type = body.hasNext() ? body.next() : "application/json";
                String method = operation.getKey().toUpperCase();
                var refused = as(citizen).accept("*/*").contentType(type).body("{}").request(method, url).then().extract();
                if (refused.statusCode() != 403 || !"FORBIDDEN".equals(refused.path("code"))) {
                    wrong.add(method + " " + entry.getKey() + " " + roles + ": " + refused.statusCode() + " " + refused.path("code"));
                }
                int anonymous = given().accept("*/*").contentType(type).body("{}").request(method, url).then().extract().statusCode();
                if (anonymous != 401) {
                    wrong.add(method + " " + entry.getKey() + " without a token: " + anonymous);
                }
            }
        }
        assertTrue(checked > 50, "operations with roles: " + checked);
        assertEquals(List.of(), wrong, "answered a citizen otherwise than 403 FORBIDDEN, or no one otherwise than 401");
    }
}
