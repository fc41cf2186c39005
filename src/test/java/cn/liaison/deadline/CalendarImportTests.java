package cn.liaison.deadline;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.Charset;

import org.junit.jupiter.api.Test;

import cn.liaison.support.Api;
import io.quarkus.test.junit.QuarkusTest;

/** A year's holidays arrive once a year as a notice: an admin imports them in one step. */
@QuarkusTest
class CalendarImportTests {

    private static final Charset GBK = Charset.forName("GBK");

    @Test
    void aYearsScheduleTypedIntoExcelIsImportedInOneStep() {
        String admin = Api.adminToken();
        String schedule = "日期,上班,名称\r\n2033-10-03,休息,国庆节\r\n2033-10-04,休息,国庆节\r\n2033-10-08,上班,国庆调休\r\n";
        given().auth().oauth2(admin).contentType("text/csv").body(schedule.getBytes(GBK)).post("/api/v1/admin/calendar/import")
                .then().statusCode(200).body("day", contains("2033-10-03", "2033-10-04", "2033-10-08"));
        given().auth().oauth2(admin).queryParam("from", "2033-10-01").queryParam("to", "2033-10-31").get("/api/v1/admin/calendar")
                .then().statusCode(200)
                .body("day", contains("2033-10-03", "2033-10-04", "2033-10-08"))
                .body("working", contains(false, false, true))
                .body("name[2]", equalTo("国庆调休"));
    }

    @Test
    void aScheduleInAnExcelWorkbookIsReadWithItsDateCells() {
        String admin = Api.adminToken();
        byte[] workbook = cn.liaison.support.Workbooks.xlsx(
                new Object[] { "日期", "上班", "名称" },
                new Object[] { java.time.LocalDate.of(2034, 10, 2), "休息", "国庆节" },
                new Object[] { "2034-10-08", "上班", "国庆调休" });
        given().auth().oauth2(admin).contentType(cn.liaison.platform.web.CsvReader.XLSX).body(workbook)
                .post("/api/v1/admin/calendar/import").then().statusCode(200)
                .body("day", contains("2034-10-02", "2034-10-08")).body("working", contains(false, true));
    }

    @Test
    void aFileWithABadRowIsRefusedWholeNamingTheLine() {
        String admin = Api.adminToken();
        String schedule = "日期,上班,名称\n2034-05-01,休息,劳动节\n2034-05-35,休息,劳动节\n2034-05-04,也许,青年节\n";
        given().auth().oauth2(admin).contentType("text/csv").body(schedule.getBytes(GBK)).post("/api/v1/admin/calendar/import")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", contains("line 3", "line 4"));
        given().auth().oauth2(admin).queryParam("from", "2034-05-01").queryParam("to", "2034-05-31").get("/api/v1/admin/calendar")
                .then().statusCode(200).body("$", empty());
    }
}
