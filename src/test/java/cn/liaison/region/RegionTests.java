package cn.liaison.region;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import cn.liaison.support.TestData;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class RegionTests {

    @Test
    void childrenArePagedAndARegionShowsItsLineage() {
        long county = TestData.region(null, "河西县", "COUNTY");
        long first = TestData.region(county, "甲镇", "TOWNSHIP");
        long second = TestData.region(county, "乙镇", "TOWNSHIP");
        long third = TestData.region(county, "丙街道", "STREET");
        long village = TestData.region(first, "甲村", "VILLAGE");

        String cursor = given().queryParam("parentId", county).queryParam("limit", 2).get("/api/v1/regions").then()
                .statusCode(200)
                .body("items.id", contains((int) first, (int) second))
                .extract().path("nextCursor");
        given().queryParam("parentId", county).queryParam("limit", 2).queryParam("cursor", cursor).get("/api/v1/regions").then()
                .body("items.id", contains((int) third))
                .body("nextCursor", nullValue());

        given().get("/api/v1/regions/" + village).then().statusCode(200)
                .body("region.name", equalTo("甲村"))
                .body("region.depth", equalTo(2))
                .body("lineage.name", contains("河西县", "甲镇", "甲村"));
    }

    @Test
    void regionsAreFoundAnywhereByPartOfTheirNameOrTheStartOfTheirCode() {
        String unique = "寻" + System.nanoTime() % 100000;
        long county = TestData.region(null, unique + "县", "COUNTY");
        long township = TestData.region(county, unique + "镇", "TOWNSHIP");
        given().queryParam("q", unique).get("/api/v1/regions").then().statusCode(200)
                .body("items.id", contains((int) county, (int) township));
        String code = given().get("/api/v1/regions/" + township).then().extract().path("region.code");
        given().queryParam("q", code).get("/api/v1/regions").then().body("items.id", contains((int) township));
        given().queryParam("q", "%").queryParam("limit", 1).get("/api/v1/regions").then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void aLimitOutOfRangeIsAFieldError() {
        given().queryParam("limit", 1000).get("/api/v1/regions").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("errors", hasSize(1)).body("errors[0].field", equalTo("limit"));
    }
}
