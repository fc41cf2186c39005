package cn.liaison.board;

import static cn.liaison.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.liaison.opinion.service.FiguresRollup;
import cn.liaison.platform.web.CsvReader;
import cn.liaison.support.Api;
import cn.liaison.support.People;
import cn.liaison.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;

/**
 * Figures against a known data set: a county with two townships, two categories and six opinions
 * written straight into the database with the outcomes the figures must count.
 */
@QuarkusTest
class StatsTests {

    @jakarta.inject.Inject
    FiguresRollup rollup;

    private long county;
    private long east;
    private long west;
    private long eastStation;
    private long westStation;
    private long deputy;
    private long roads;
    private long lights;
    private String countyStaff;

    @BeforeEach
    void aKnownCounty() {
        county = TestData.region(null, "统计县" + System.nanoTime(), "COUNTY");
        east = TestData.region(county, "东镇", "TOWNSHIP");
        west = TestData.region(county, "西镇", "TOWNSHIP");
        countyStaff = People.staffIn(county);
        eastStation = station(east, "东镇站");
        westStation = station(west, "西镇站");
        deputy = as(countyStaff).header("Idempotency-Key", "d-" + System.nanoTime())
                .body(Map.of("name", "统计代表", "level", "COUNTY", "primaryStationId", eastStation)).post("/api/v1/deputies")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        roads = TestData.sql("insert into categories (name) values ($1) returning id", "道路" + System.nanoTime()).iterator().next().getLong(0);
        lights = TestData.sql("insert into categories (name) values ($1) returning id", "路灯" + System.nanoTime()).iterator().next().getLong(0);
        long citizen = Api.newCitizen("stats").getLong("user.id");

        // station, category, created (Shanghai), state, days to first reply (null: none), first reply, on time, rating
        opinion(citizen, eastStation, roads, "2026-03-10 09:00", "CLOSED", 4, "2026-03-15 10:00", true, "SATISFIED", "东镇路面破损");
        opinion(citizen, eastStation, roads, "2026-03-20 09:00", "CLOSED", 10, "2026-04-10 10:00", false, "UNSATISFIED", "东镇道路积水");
        opinion(citizen, eastStation, lights, "2026-04-02 09:00", "CLOSED", 2, "2026-04-08 10:00", true, "BASICALLY_SATISFIED", "东镇路灯不亮");
        opinion(citizen, westStation, lights, "2026-04-15 09:00", "IN_PROGRESS", null, null, null, null, "西镇路灯闪烁");
        opinion(citizen, westStation, roads, "2026-04-20 09:00", "SUBMITTED", null, null, null, null, "=1+1 西镇桥梁");
        opinion(citizen, westStation, roads, "2025-12-30 09:00", "REJECTED", null, null, null, null, "去年的意见");
        // The one in progress is past its deadline and supervised; the new one is not yet due.
        TestData.sql("update opinions set due_at = now() - interval '3 days', supervised_at = now(), accepted_at = created_at"
                + " where title = '西镇路灯闪烁' and station_id = $1", westStation);
        TestData.sql("update opinions set due_at = now() + interval '2 days' where title = '=1+1 西镇桥梁' and station_id = $1", westStation);
    }

    private long station(long region, String name) {
        return as(countyStaff).header("Idempotency-Key", "s-" + System.nanoTime())
                .body(Map.of("regionId", region, "level", "TOWNSHIP_STATION", "name", name)).post("/api/v1/stations")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private void opinion(long citizen, long station, long category, String created, String state, Integer days, String firstReply,
            Boolean onTime, String rating, String title) {
        boolean replied = firstReply != null;
        TestData.sql("""
                insert into opinions (tracking_no, submitter_id, anonymous, confidential, consent_to_publish, station_id, region_path,
                                      category_id, kind, title, content, state, due_at, created_at, updated_at, accepted_at,
                                      deputy_id, first_replied_at, replied_at, reply_working_days, replied_on_time, rating)
                select $1, $2, false, false, true, s.id, r.path, $3, 'SUGGESTION', $4, '统计用的意见内容，足够十个字。', $5,
                       '9999-12-31', $6::text::timestamp at time zone 'Asia/Shanghai', now(),
                       case when $7::boolean then $6::text::timestamp at time zone 'Asia/Shanghai' end, case when $7::boolean then $8::bigint end,
                       $9::text::timestamp at time zone 'Asia/Shanghai', $9::text::timestamp at time zone 'Asia/Shanghai', $10, $11, $12
                  from stations s join regions r on r.id = s.region_id where s.id = $13""",
                "ST" + System.nanoTime(), citizen, category, title, state, created, replied, deputy, firstReply, days, onTime, rating,
                station);
    }

    @Test
    void publicFiguresCountTheRegionAndPeriod() {
        assertTrue(rollup.recount().await().indefinitely());
        given().queryParam("regionId", county).queryParam("from", "2026-01").queryParam("to", "2026-12")
                .get("/api/v1/public/stats").then().statusCode(200)
                .body("total.received", equalTo(5)).body("total.accepted", equalTo(4)).body("total.replied", equalTo(3))
                .body("total.repliedOnTime", equalTo(2)).body("total.averageReplyWorkingDays", equalTo(5.33f))
                .body("total.satisfaction.rated", equalTo(3)).body("total.satisfaction.satisfied", equalTo(0.3333f))
                .body("total.satisfaction.basicallySatisfied", equalTo(0.3333f)).body("total.satisfaction.unsatisfied", equalTo(0.3333f))
                .body("byCategory.find { it.id == " + roads + " }.figures.received", equalTo(3))
                .body("byCategory.find { it.id == " + lights + " }.figures.received", equalTo(2))
                .body("byRegion.find { it.id == " + east + " }.figures.received", equalTo(3))
                .body("byRegion.find { it.id == " + east + " }.name", equalTo("东镇"))
                .body("byRegion.find { it.id == " + west + " }.figures.replied", equalTo(0))
                .body("monthly.month", equalTo(List.of("2026-03", "2026-04")))
                .body("monthly.figures.received", equalTo(List.of(2, 3)));
        given().queryParam("regionId", west).queryParam("from", "2025-12").queryParam("to", "2025-12")
                .get("/api/v1/public/stats").then().body("total.received", equalTo(1)).body("total.satisfaction.satisfied", equalTo(null));
        given().queryParam("regionId", TestData.region(null, "空县" + System.nanoTime(), "COUNTY"))
                .get("/api/v1/public/stats").then().statusCode(200)
                .body("total.received", equalTo(0)).body("total.averageReplyWorkingDays", equalTo(null))
                .body("byCategory.size()", equalTo(0)).body("monthly.size()", equalTo(0));
        given().queryParam("regionId", 999999999).get("/api/v1/public/stats").then().statusCode(404);
        given().queryParam("regionId", county).queryParam("from", "2026-05").queryParam("to", "2026-01")
                .get("/api/v1/public/stats").then().statusCode(400).body("errors[0].field", equalTo("to"));
        given().queryParam("regionId", county).queryParam("from", "März").get("/api/v1/public/stats").then().statusCode(400);
    }

    @Test
    void staffSeeBacklogAndOverduePerStation() {
        assertTrue(rollup.recount().await().indefinitely());
        as(countyStaff).queryParam("by", "STATION").queryParam("from", "2026-01").queryParam("to", "2026-12")
                .get("/api/v1/staff/stats").then().statusCode(200)
                .body("rows.size()", equalTo(2))
                .body("rows[0].id", equalTo((int) westStation)).body("rows[0].name", equalTo("西镇站"))
                .body("rows[0].figures.received", equalTo(2)).body("rows[0].backlog", equalTo(2))
                .body("rows[0].overdue", equalTo(1)).body("rows[0].supervised", equalTo(1))
                .body("rows[1].id", equalTo((int) eastStation)).body("rows[1].figures.replied", equalTo(3))
                .body("rows[1].backlog", equalTo(0));
        as(countyStaff).queryParam("by", "DEPUTY").queryParam("from", "2026-01").get("/api/v1/staff/stats").then()
                .body("rows.find { it.id == " + deputy + " }.figures.replied", equalTo(3));
        String elsewhere = People.staffIn(TestData.region(null, "别县" + System.nanoTime(), "COUNTY"));
        as(elsewhere).get("/api/v1/staff/stats").then().statusCode(200).body("rows.size()", equalTo(0));
    }

    @Test
    void staffFiguresAreTheSameJsonPlainOrGzipped() throws IOException {
        assertTrue(rollup.recount().await().indefinitely());
        RestAssuredConfig undecoded = RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());
        Response plain = as(countyStaff).config(undecoded).header("Accept-Encoding", "identity").get("/api/v1/staff/stats");
        plain.then().statusCode(200).header("Content-Encoding", nullValue()).header("Vary", containsString("Accept-Encoding"))
                .body("rows.size()", equalTo(2));
        Response zipped = as(countyStaff).config(undecoded).header("Accept-Encoding", "gzip, deflate, br").get("/api/v1/staff/stats");
        zipped.then().statusCode(200).contentType("application/json").header("Content-Encoding", "gzip")
                .header("Vary", containsString("Accept-Encoding"));
        try (GZIPInputStream unzipped = new GZIPInputStream(zipped.asInputStream())) {
            assertEquals(plain.asString(), new String(unzipped.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void aDeputysFiguresQuarterByQuarter() {
        given().queryParam("year", 2026).get("/api/v1/deputies/" + deputy + "/figures").then().statusCode(200)
                .body("quarter", equalTo(List.of(1, 2, 3, 4)))
                .body("opinionsReplied", equalTo(List.of(1, 2, 0, 0)))
                .body("[0].averageReplyWorkingDays", equalTo(4.0f)).body("[0].satisfaction", equalTo(1.0f))
                .body("[1].averageReplyWorkingDays", equalTo(6.0f)).body("[1].satisfaction", equalTo(0.5f))
                .body("[2].satisfaction", equalTo(null));
        given().get("/api/v1/deputies/999999999/figures").then().statusCode(404);
    }

    @Test
    void theExportIsCsvForExcelWithFormulasDefused() {
        byte[] csv = as(countyStaff).accept("text/csv").queryParam("stationId", westStation).get("/api/v1/staff/opinions/export").then().statusCode(200)
                .header("Content-Type", org.hamcrest.Matchers.startsWith("text/csv"))
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("attachment"))
                .extract().asByteArray();
        assertArrayEquals(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, Arrays.copyOf(csv, 3));
        String[] lines = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertEquals(4, lines.length, String.join("\n", lines));
        assertTrue(lines[0].startsWith("编号,状态,类型,类别,标题"), lines[0]);
        assertTrue(lines[1].contains(",西镇路灯闪烁,西镇站,") && lines[1].contains(",是,"), "overdue first, supervised: " + lines[1]);
        assertTrue(lines[1].matches("[^,]+,(待受理|已受理|办理中),意见建议,.*"), "states and kinds as staff read them: " + lines[1]);
        assertTrue(lines[2].contains(",'=1+1 西镇桥梁,"), lines[2]);
        as(People.staffIn(west)).accept("text/csv").queryParam("stationId", eastStation).get("/api/v1/staff/opinions/export").then().statusCode(200)
                .body(equalTo("\uFEFF编号,状态,类型,类别,标题,联络站,区域,区划代码,代表,承办单位,提交时间,办理期限,督办,首次答复时间,按期答复,评价\r\n"));
    }

    @Test
    void theExportIsAnExcelWorkbookTooWithTheSameRowsAndNoFormula() throws Exception {
        byte[] xlsx = as(countyStaff).accept(CsvReader.XLSX).queryParam("stationId", westStation).get("/api/v1/staff/opinions/export/xlsx")
                .then().statusCode(200)
                .header("Content-Type", org.hamcrest.Matchers.startsWith(CsvReader.XLSX))
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("opinions.xlsx"))
                .extract().asByteArray();
        byte[] csvBytes = as(countyStaff).accept("text/csv").queryParam("stationId", westStation).get("/api/v1/staff/opinions/export")
                .then().statusCode(200).extract().asByteArray();
        try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            List<org.dhatim.fastexcel.reader.Row> rows = workbook.getFirstSheet().read();
            String[] lines = new String(csvBytes, 3, csvBytes.length - 3, StandardCharsets.UTF_8).split("\r\n");
            assertEquals(lines.length, rows.size());
            assertEquals("编号", rows.get(0).getCellText(0));
            assertEquals("标题", rows.get(0).getCellText(4));
            for (int i = 1; i < rows.size(); i++) {
                assertEquals(lines[i].split(",")[0], rows.get(i).getCellText(0));
            }
            // A title that looks like a formula is text in the workbook, not a formula.
            org.dhatim.fastexcel.reader.Cell title = rows.get(2).getCell(4);
            assertEquals("=1+1 西镇桥梁", title.getText());
            assertEquals(org.dhatim.fastexcel.reader.CellType.STRING, title.getType());
        }
    }
}
