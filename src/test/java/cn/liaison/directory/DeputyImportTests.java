package cn.liaison.directory;

import static cn.liaison.platform.persistence.PlanReusingPool.plannedForItsValues;
import static cn.liaison.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.liaison.support.People;
import cn.liaison.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class DeputyImportTests {

    private String staff;
    private long county;
    private long station;
    private long room;
    private long foreignStation;
    private String prefix;

    @BeforeEach
    void twoStationsInScopeAndOneOutside() {
        county = TestData.region(null, "导县" + System.nanoTime(), "COUNTY");
        long township = TestData.region(county, "导镇", "TOWNSHIP");
        staff = People.staffIn(township);
        station = createStation(staff, township, "导镇站");
        room = createStation(staff, township, "导村室");
        long other = TestData.region(county, "邻镇", "TOWNSHIP");
        foreignStation = createStation(People.staffIn(other), other, "邻镇站");
        prefix = "R" + System.nanoTime() + "-";
    }

    private static long createStation(String token, long region, String name) {
        return as(token).header("Idempotency-Key", "s-" + System.nanoTime())
                .body(Map.of("regionId", region, "level", "TOWNSHIP_STATION", "name", name)).post("/api/v1/stations")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** As Excel saves "CSV UTF-8": a byte-order mark and CRLF line ends. */
    private String roster(String thirdOccupation) {
        return "\uFEFF编号,姓名,性别,民族,级别,届次,职业,工作单位,联络站编号,其他联络站编号\r\n"
                + prefix + "1,刘一,男,汉族,乡镇,第十八届,农民,\"东村,第二组\"," + station + "," + room + "\r\n"
                + prefix + "2,刘二,女,回族,县,第十八届,教师,镇中学," + station + ",\r\n"
                + prefix + "3,刘三,男,汉族,TOWNSHIP,,"  + thirdOccupation + ",," + room + ",\r\n"
                + prefix + "4,,男,汉族,乡镇,,,," + station + ",\r\n"
                + prefix + "5,刘五,男,汉族,村,,,," + station + ",\r\n"
                + prefix + "6,刘六,男,汉族,乡镇,,,," + foreignStation + ",\r\n"
                + prefix + "7,刘七,男,汉族,乡镇,,,,99999999,\r\n"
                + prefix + "1,刘一重复,男,汉族,乡镇,,,," + station + ",\r\n";
    }

    private ValidatableResponse post(String csv) {
        return given().auth().oauth2(staff).header("Accept-Language", "en").contentType("text/csv; charset=UTF-8")
                .body(csv.getBytes(StandardCharsets.UTF_8)).post("/api/v1/admin/deputies/import").then().statusCode(200);
    }

    @Test
    void validRowsAreImportedAndEachBadRowIsReportedWithItsLine() {
        post(roster("个体工商户"))
                .body("created", equalTo(3))
                .body("refused.line", contains(5, 6, 7, 8, 9))
                .body("refused.field", contains("name", "level", "stationId", "stationId", "rosterKey"))
                .body("refused[0].reason", equalTo("must not be blank"));

        given().queryParam("regionId", county).queryParam("name", "刘").get("/api/v1/deputies").then()
                .body("items.name", contains("刘一", "刘二", "刘三"));
        given().queryParam("stationId", room).get("/api/v1/deputies").then().body("items.name", contains("刘一", "刘三"));
    }

    @Test
    void importingTheSameFileTwiceChangesNothing() {
        post(roster("个体工商户")).body("created", equalTo(3));
        long versions = TestData.sql(plannedForItsValues("select sum(version) from deputies where roster_key like $1"), prefix + "%")
                .iterator().next().getLong(0);
        post(roster("个体工商户")).body("created", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(3))
                .body("refused", hasSize(5));
        org.junit.jupiter.api.Assertions.assertEquals(versions, TestData.sql(
                plannedForItsValues("select sum(version) from deputies where roster_key like $1"), prefix + "%").iterator().next().getLong(0));

        post(roster("快递员")).body("updated", equalTo(1)).body("unchanged", equalTo(2));
    }

    @Test
    void anEditThatDoesNotNameTheRosterNumberKeepsItSoTheNextImportStillMatches() {
        post(roster("个体工商户")).body("created", equalTo(3));
        long id = TestData.sql("select id from deputies where roster_key = $1", prefix + "2").iterator().next().getLong(0);
        as(staff).body(Map.of("name", "刘二", "level", "COUNTY", "occupation", "教师", "primaryStationId", station))
                .put("/api/v1/deputies/" + id).then().statusCode(200);
        post(roster("个体工商户")).body("created", equalTo(0));
        as(staff).body(Map.of("name", "刘二", "level", "COUNTY", "primaryStationId", station, "rosterKey", ""))
                .put("/api/v1/deputies/" + id).then().statusCode(200);
        org.junit.jupiter.api.Assertions.assertNull(TestData.sql("select roster_key from deputies where id = $1", id)
                .iterator().next().getString(0), "an empty number clears it");
    }

    @Test
    void aRosterSavedByExcelOnChineseWindowsIsReadAsGbk() {
        String roster = roster("个体工商户").substring(1); // Excel's "CSV" in GBK has no byte-order mark
        given().auth().oauth2(staff).header("Accept-Language", "en").contentType("text/csv")
                .body(roster.getBytes(java.nio.charset.Charset.forName("GBK"))).post("/api/v1/admin/deputies/import").then()
                .statusCode(200).body("created", equalTo(3)).body("refused.line", contains(5, 6, 7, 8, 9));
        given().queryParam("regionId", county).queryParam("name", "刘").get("/api/v1/deputies").then()
                .body("items.name", contains("刘一", "刘二", "刘三"));
    }

    @Test
    void aRosterSavedAsAnExcelWorkbookIsReadWithTheSameLines() {
        byte[] workbook = cn.liaison.support.Workbooks.xlsx(
                new Object[] { "编号", "姓名", "性别", "民族", "级别", "届次", "职业", "工作单位", "联络站编号", "其他联络站编号" },
                new Object[] { prefix + "1", "刘一", "男", "汉族", "乡镇", "第十八届", "农民", "东村,第二组", station, room },
                new Object[] { prefix + "2", "刘二", "女", "回族", "县", "第十八届", "教师", "镇中学", station },
                new Object[] { prefix + "3", "刘三", "男", "汉族", "TOWNSHIP", null, "个体工商户", null, room },
                new Object[] { prefix + "4", null, "男", "汉族", "乡镇", null, null, null, station },
                new Object[] { prefix + "5", "刘五", "男", "汉族", "村", null, null, null, station },
                new Object[] { prefix + "6", "刘六", "男", "汉族", "乡镇", null, null, null, foreignStation },
                new Object[] { prefix + "7", "刘七", "男", "汉族", "乡镇", null, null, null, 99999999L },
                new Object[] { prefix + "1", "刘一重复", "男", "汉族", "乡镇", null, null, null, station });
        given().auth().oauth2(staff).header("Accept-Language", "en").contentType(cn.liaison.platform.web.CsvReader.XLSX)
                .body(workbook).post("/api/v1/admin/deputies/import").then()
                .statusCode(200).body("created", equalTo(3))
                .body("refused.line", contains(5, 6, 7, 8, 9))
                .body("refused.field", contains("name", "level", "stationId", "stationId", "rosterKey"));
        given().auth().oauth2(staff).contentType(cn.liaison.platform.web.CsvReader.XLSX).body(new byte[] { 'P', 'K', 3, 4, 0, 0 })
                .post("/api/v1/admin/deputies/import").then().statusCode(400).body("code", equalTo("CSV_UNREADABLE"));
    }

    @Test
    void aRosterInUtf8WithoutAByteOrderMarkIsReadAsUtf8() {
        post(roster("个体工商户").substring(1)).body("created", equalTo(3));
        given().queryParam("regionId", county).queryParam("name", "刘").get("/api/v1/deputies").then()
                .body("items.occupation", org.hamcrest.Matchers.hasItem("个体工商户"));
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRefusedWhole() {
        given().auth().oauth2(staff).contentType("text/csv").body("name,level\n张三,乡镇\n")
                .post("/api/v1/admin/deputies/import").then().statusCode(400).body("code", equalTo("CSV_UNREADABLE"));
    }
}
