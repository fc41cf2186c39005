package cn.liaison.opinion;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.liaison.support.Api;
import cn.liaison.support.Desk;
import cn.liaison.support.Images;
import cn.liaison.support.People;
import cn.liaison.support.TestData;
import io.quarkus.test.junit.QuarkusTest;

/** Photos attached to an opinion are seen by whoever may see the opinion, and by nobody else. */
@QuarkusTest
class OpinionPhotoTests {

    private static long upload(String token) {
        return given().auth().oauth2(token).multiPart("file", "p.jpg", Images.plain("jpg"), "image/jpeg").post("/api/v1/media")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static int open(String token, long photo) {
        var request = token == null ? given() : given().auth().oauth2(token);
        return request.get("/api/v1/media/" + photo).then().extract().statusCode();
    }

    @Test
    void theStaffInScopeAndTheAssignedDeputyOpenTheCitizensPhotosAndNobodyElse() {
        Desk desk = Desk.open("照片");
        long photo = upload(desk.citizen);
        Map<String, Object> body = desk.opinion("村东头路面塌陷", "村东头路面塌陷一米见方，夜里看不清，已有人摔倒。");
        body.put("photoIds", List.of(photo));
        long id = desk.submit(body);

        String otherCountysStaff = People.staffIn(TestData.region(null, "别县" + System.nanoTime(), "COUNTY"));
        String stranger = Api.newCitizen("路人").getString("accessToken");
        assertOpens(desk.citizen, photo, 200);
        assertOpens(desk.staff, photo, 200);
        assertOpens(otherCountysStaff, photo, 404);
        assertOpens(stranger, photo, 404);
        assertOpens(desk.deputyToken, photo, 404);
        assertOpens(null, photo, 404);

        desk.act(desk.staff, id, "accept", Map.of()).statusCode(200);
        desk.act(desk.staff, id, "assign", Map.of("deputyId", desk.deputy)).statusCode(200);
        assertOpens(desk.deputyToken, photo, 200);
    }

    @Test
    void aFollowUpCarriesTheCitizensPhotosOnTheTimeline() {
        Desk desk = Desk.open("补充");
        long id = desk.submit("垃圾清运不及时");
        long photo = upload(desk.citizen);
        long someoneElses = upload(Api.newCitizen("别人").getString("accessToken"));

        desk.act(desk.citizen, id, "follow-ups", Map.of("content", "又堆了三天，见照片。", "photoIds", List.of(someoneElses)))
                .statusCode(400).body("errors[0].field", equalTo("photoIds"));
        desk.act(desk.citizen, id, "follow-ups", Map.of("content", "又堆了三天，见照片。", "photoIds", java.util.Arrays.asList(photo, null)))
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        desk.act(desk.citizen, id, "follow-ups", Map.of("content", "又堆了三天，见照片。", "photoIds", List.of(photo)))
                .statusCode(200);

        Api.as(desk.staff).get("/api/v1/opinions/" + id + "/events").then().statusCode(200)
                .body("findAll { it.type == 'FOLLOW_UP' }.photoIds", contains(List.of((int) photo)));
        assertOpens(desk.staff, photo, 200);
        assertOpens(Api.newCitizen("旁人").getString("accessToken"), photo, 404);
    }

    @Test
    void aRepliesPhotosReachTheCitizenAndThePublicOnceTheOpinionIsPublished() {
        Desk desk = Desk.open("答复图");
        long id = desk.submit("村口路灯不亮了");
        desk.act(desk.staff, id, "accept", Map.of()).statusCode(200);
        desk.act(desk.staff, id, "assign", Map.of("deputyId", desk.deputy)).statusCode(200);
        long photo = upload(desk.deputyToken);
        desk.act(desk.deputyToken, id, "replies", Map.of("content", "路灯已修好，见照片。", "photoIds", List.of(photo)))
                .statusCode(200);

        assertOpens(desk.citizen, photo, 200);
        assertOpens(null, photo, 404);
        desk.act(desk.staff, id, "publication", Map.of()).statusCode(200);
        assertOpens(null, photo, 200);
    }

    private static void assertOpens(String token, long photo, int status) {
        org.junit.jupiter.api.Assertions.assertEquals(status, open(token, photo), "GET /api/v1/media/" + photo);
    }
}
