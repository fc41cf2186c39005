package cn.liaison.region;

import static cn.liaison.support.Api.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cn.liaison.opinion.service.FiguresRollup;
import cn.liaison.support.Api;
import cn.liaison.support.Desk;
import cn.liaison.support.People;
import cn.liaison.support.TestData;
import io.quarkus.test.junit.QuarkusTest;

/** A county set up without SQL: regions added, renamed, deactivated, moved, and imported from the division codes. */
@QuarkusTest
class RegionAdministrationTests {

    @Inject
    FiguresRollup rollup;

    private static long create(String admin, Long parentId, String code, String name, String kind) {
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "name", name, "kind", kind));
        if (parentId != null) {
            body.put("parentId", parentId);
        }
        return as(admin).body(body).post("/api/v1/admin/regions").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void anAdminAddsRenamesAndDeactivatesRegions() {
        String admin = Api.adminToken();
        String suffix = String.valueOf(System.nanoTime());
        long county = create(admin, null, "C" + suffix, "新设县", "COUNTY");
        long township = create(admin, county, "T" + suffix, "新设镇", "TOWNSHIP");
        Api.json().get("/api/v1/regions/" + township).then().statusCode(200).body("region.depth", equalTo(1))
                .body("lineage.id", hasItem((int) county));
        as(admin).body(Map.of("code", "T" + suffix, "name", "重名", "kind", "TOWNSHIP")).post("/api/v1/admin/regions").then()
                .statusCode(409).body("code", equalTo("REGION_CODE_TAKEN"));
        as(admin).body(Map.of("name", "更名镇")).patch("/api/v1/admin/regions/" + township).then().statusCode(200)
                .body("name", equalTo("更名镇")).body("active", equalTo(true));
        as(admin).body(Map.of("active", false)).patch("/api/v1/admin/regions/" + township).then().statusCode(200)
                .body("active", equalTo(false));
        // Staff may not touch the tree.
        String staff = People.staffIn(county);
        as(staff).body(Map.of("name", "越权")).patch("/api/v1/admin/regions/" + township).then().statusCode(403);
        as(admin).body(Map.of("parentId", township)).post("/api/v1/admin/regions/" + county + "/move").then().statusCode(400)
                .body("errors.field", hasItem("parentId"));
    }

    @Test
    void aMergedTownshipsOpinionsFollowItToItsNewCountysQueueAndItsOwnStaffStillSeeThem() {
        Desk desk = Desk.open("并");
        long opinion = desk.submit("合并前提交的意见");
        String admin = Api.adminToken();
        long otherCounty = TestData.region(null, "接收县" + System.nanoTime(), "COUNTY");
        String oldCountyStaff = People.staffIn(desk.county);
        String newCountyStaff = People.staffIn(otherCounty);
        as(newCountyStaff).get("/api/v1/staff/opinions").then().body("items.id", not(hasItem((int) opinion)));

        String newPath = TestData.sql("select path from regions where id = $1", otherCounty).iterator().next().getString(0);
        assertTrue(rollup.recount().await().indefinitely()); // this month's figures, under the old county
        as(admin).body(Map.of("parentId", otherCounty)).post("/api/v1/admin/regions/" + desk.township + "/move").then().statusCode(200)
                .body("parentId", equalTo((int) otherCounty)).body("depth", equalTo(1));
        // The figures follow without a recount: the rollup's rows and the kept backlog moved too.
        as(newCountyStaff).get("/api/v1/staff/stats").then().statusCode(200)
                .body("rows.find { it.id == " + desk.station + " }.figures.received", equalTo(1))
                .body("rows.find { it.id == " + desk.station + " }.backlog", equalTo(1));

        as(newCountyStaff).get("/api/v1/staff/opinions").then().statusCode(200).body("items.id", hasItem((int) opinion));
        as(newCountyStaff).get("/api/v1/staff/workbench").then().body("waiting.awaitingAcceptance", equalTo(1));
        as(oldCountyStaff).get("/api/v1/staff/opinions").then().body("items.id", not(hasItem((int) opinion)));
        as(desk.staff).get("/api/v1/staff/opinions").then().body("items.id", hasItem((int) opinion));
        // The new county's staff act on it; the station and the deputy moved with their township.
        desk.act(newCountyStaff, opinion, "accept", Map.of()).statusCode(200);
        as(newCountyStaff).get("/api/v1/stations/" + desk.station).then().statusCode(200);
        for (String table : new String[] { "opinions", "stations", "deputies" }) {
            String path = TestData.sql("select region_path from " + table + " where region_path like '%/" + desk.township + "/' limit 1")
                    .iterator().next().getString(0);
            assertThat(table, path, startsWith(newPath));
        }
    }

    @Test
    void theDivisionCodeFileBuildsTheTreeAndTheSameFileAgainChangesNothing() {
        String admin = Api.adminToken();
        String county = "9" + String.valueOf(System.nanoTime()).substring(7, 12) + "000000";
        String prefix = county.substring(0, 6);
        String file = "统计用区划代码,名称,城乡分类代码\n"
                + prefix + "001000,城关街道,\n"
                + county + ",示范县,\n"
                + prefix + "001001,东门社区居委会,111\n"
                + prefix + "002000,河口镇,\n"
                + prefix + "002201,河口村委会,220\n"
                + "12345,短代码,\n"
                + prefix + "002202,,220\n"
                + prefix + "002201,重复村,220\n";
        as(admin).contentType("text/csv; charset=GB18030").body(file.getBytes(Charset.forName("GB18030")))
                .post("/api/v1/admin/regions/import").then().statusCode(200)
                .body("created", equalTo(5)).body("updated", equalTo(0)).body("unchanged", equalTo(0))
                .body("refused.line", contains(7, 8, 9))
                .body("refused.field", contains("code", "name", "code"));
        long countyId = TestData.sql("select id from regions where code = $1", county).iterator().next().getLong(0);
        var village = TestData.sql("select r.depth, r.kind, r.urban_rural_code, p.code, r.path like '/' || $2 || '/%' from regions r"
                + " join regions p on p.id = r.parent_id where r.code = $1", prefix + "002201", String.valueOf(countyId)).iterator().next();
        assertEquals(2, village.getInteger(0));
        assertEquals("VILLAGE", village.getString(1));
        assertEquals("220", village.getString(2));
        assertEquals(prefix + "002000", village.getString(3));
        assertTrue(village.getBoolean(4));
        assertEquals("STREET",
                TestData.sql("select kind from regions where code = $1", prefix + "001000").iterator().next().getString(0));

        // The same file again, in UTF-8 this time: nothing changes; a renamed township is renamed.
        as(admin).contentType("text/csv").body(file.getBytes(StandardCharsets.UTF_8)).post("/api/v1/admin/regions/import").then().statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(5));
        as(admin).contentType("text/csv").body((prefix + "002000,河口镇（新）\n").getBytes(StandardCharsets.UTF_8)).post("/api/v1/admin/regions/import").then()
                .statusCode(200).body("updated", equalTo(1)).body("created", equalTo(0));
        as(admin).contentType("text/csv").body(new byte[0]).post("/api/v1/admin/regions/import").then().statusCode(400)
                .body("code", equalTo("CSV_UNREADABLE"));
        // As Excel saves it: the codes typed as numbers keep all their twelve digits.
        as(admin).contentType(cn.liaison.platform.web.CsvReader.XLSX).body(cn.liaison.support.Workbooks.xlsx(
                        new Object[] { "统计用区划代码", "名称", "城乡分类代码" },
                        new Object[] { Long.valueOf(prefix + "002000"), "河口镇（新）", null },
                        new Object[] { Long.valueOf(prefix + "002203"), "新村村委会", 220L }))
                .post("/api/v1/admin/regions/import").then().statusCode(200)
                .body("created", equalTo(1)).body("unchanged", equalTo(1));
        assertEquals("220", TestData.sql("select urban_rural_code from regions where code = $1", prefix + "002203").iterator().next()
                .getString(0));
        // A region made from the file is a scope like any other.
        long township = TestData.sql("select id from regions where code = $1", prefix + "002000").iterator().next().getLong(0);
        as(People.staffIn(township)).get("/api/v1/staff/workbench").then().statusCode(200);
    }
}
