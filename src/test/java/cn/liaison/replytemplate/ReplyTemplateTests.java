package cn.liaison.replytemplate;

import static cn.liaison.support.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.liaison.support.Api;
import cn.liaison.support.Desk;
import cn.liaison.support.People;
import cn.liaison.support.TestData;
import io.quarkus.test.junit.QuarkusTest;

/** 常用答复: kept per office, read by the offices below and the deputies of their stations. */
@QuarkusTest
class ReplyTemplateTests {

    private static Map<String, Object> template(String title) {
        return Map.of("title", title, "content", title + "：您反映的问题已转交相关部门办理，感谢您的监督。");
    }

    @Test
    void anOfficeKeepsItsOwnAndReadsThoseAboveIt() {
        Desk desk = Desk.open("模");
        String countyStaff = People.staffIn(desk.county);
        long county = as(countyStaff).body(template("县级答复")).post("/api/v1/reply-templates").then().statusCode(201)
                .body("regionId", equalTo((int) desk.county)).body("editable", equalTo(true)).extract().jsonPath().getLong("id");
        long own = as(desk.staff).body(template("镇级答复")).post("/api/v1/reply-templates").then().statusCode(201)
                .body("regionId", equalTo((int) desk.township)).extract().jsonPath().getLong("id");

        // The township reads its own first, then the county's, which it may not change.
        as(desk.staff).get("/api/v1/reply-templates").then().statusCode(200)
                .body("title", contains("镇级答复", "县级答复")).body("editable", contains(true, false));
        as(desk.staff).body(template("改县级")).put("/api/v1/reply-templates/" + county).then().statusCode(404);
        // The county keeps the township's too.
        as(countyStaff).body(template("镇级答复（修订）")).put("/api/v1/reply-templates/" + own).then().statusCode(200)
                .body("title", equalTo("镇级答复（修订）"));
        // The station's deputy picks from both; a citizen from none.
        as(desk.deputyToken).get("/api/v1/reply-templates").then().statusCode(200)
                .body("title", contains("镇级答复（修订）", "县级答复")).body("editable", contains(false, false));
        as(desk.citizen).get("/api/v1/reply-templates").then().statusCode(403);
        as(desk.deputyToken).body(template("代表自拟")).post("/api/v1/reply-templates").then().statusCode(403);

        // Another county sees and touches nothing of it.
        String stranger = People.staffIn(TestData.region(null, "邻县" + System.nanoTime(), "COUNTY"));
        as(stranger).get("/api/v1/reply-templates").then().body("id", not(hasItem((int) own)));
        as(stranger).delete("/api/v1/reply-templates/" + own).then().statusCode(404);
        as(desk.staff).delete("/api/v1/reply-templates/" + own).then().statusCode(204);
        as(desk.staff).get("/api/v1/reply-templates").then().body("title", contains("县级答复"));
    }

    @Test
    void aTemplateNeedsATitleTextAndAnOfficeInScope() {
        Desk desk = Desk.open("式");
        as(desk.staff).body(Map.of("title", "", "content", "x")).post("/api/v1/reply-templates").then().statusCode(400)
                .body("errors.field", hasItem("title"));
        as(desk.staff).body(Map.of("title", "越权", "content", "内容", "regionId", desk.county)).post("/api/v1/reply-templates")
                .then().statusCode(400).body("errors.field", hasItem("regionId"));
        // An admin names the office.
        as(Api.adminToken()).body(template("无单位")).post("/api/v1/reply-templates").then().statusCode(400)
                .body("errors.field", hasItem("regionId"));
        as(Api.adminToken()).body(Map.of("title", "管理员", "content", "内容", "regionId", desk.township))
                .post("/api/v1/reply-templates").then().statusCode(201);
    }
}
