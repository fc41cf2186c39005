package cn.liaison.media;

import static cn.liaison.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import cn.liaison.support.Api;
import cn.liaison.support.Images;
import cn.liaison.support.People;
import cn.liaison.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class MediaTests {

    private static ValidatableResponse upload(String token, String name, byte[] bytes, String type) {
        return given().auth().oauth2(token).multiPart("file", name, bytes, type).post("/api/v1/media").then();
    }

    private static byte[] fetch(String token, long id) {
        return given().auth().oauth2(token).get("/api/v1/media/" + id).then().statusCode(200).extract().asByteArray();
    }

    private static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }

    @Test
    void aJpegLosesItsLocationAndStaysAPicture() throws Exception {
        String citizen = Api.newCitizen("photographer").getString("accessToken");
        byte[] original = Images.jpegWithGps();
        assertTrue(contains(original, Images.WHERE) && contains(original, "Exif"));

        long id = upload(citizen, "IMG_0001.jpg", original, "image/jpeg").statusCode(201)
                .body("contentType", equalTo("image/jpeg")).body("url", notNullValue())
                .extract().jsonPath().getLong("id");

        byte[] stored = fetch(citizen, id);
        assertFalse(contains(stored, Images.WHERE), "GPS data survived");
        assertFalse(contains(stored, "Exif"), "EXIF survived");
        assertNotNull(ImageIO.read(new ByteArrayInputStream(stored)), "no longer a JPEG");
    }

    @Test
    void pngAndWebpLoseTheirLocationToo() throws Exception {
        String citizen = Api.newCitizen("png").getString("accessToken");
        long png = upload(citizen, "a.png", Images.pngWithLocation(), "image/png").statusCode(201)
                .body("contentType", equalTo("image/png")).extract().jsonPath().getLong("id");
        byte[] storedPng = fetch(citizen, png);
        assertFalse(contains(storedPng, Images.WHERE));
        assertNotNull(ImageIO.read(new ByteArrayInputStream(storedPng)));

        long webp = upload(citizen, "a.webp", Images.webpWithLocation(), "image/webp").statusCode(201)
                .body("contentType", equalTo("image/webp")).extract().jsonPath().getLong("id");
        byte[] storedWebp = fetch(citizen, webp);
        assertFalse(contains(storedWebp, Images.WHERE));
        assertTrue(contains(storedWebp, "VP8L"));
        assertTrue((storedWebp[20] & 0x0C) == 0, "VP8X still announces EXIF/XMP");
    }

    @Test
    void aRenamedTextFileIsRefused() {
        String citizen = Api.newCitizen("renamer").getString("accessToken");
        upload(citizen, "photo.jpg", "这不是图片，是一段文字。".getBytes(StandardCharsets.UTF_8), "image/jpeg")
                .statusCode(415).contentType("application/problem+json").body("code", equalTo("UNSUPPORTED_IMAGE"));
    }

    @Test
    void aFileOverTenMegabytesIsRefused() {
        String citizen = Api.newCitizen("big").getString("accessToken");
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(Images.plain("jpg"), 0, big, 0, 3);
        upload(citizen, "big.jpg", big, "image/jpeg").statusCode(413).body("code", equalTo("FILE_TOO_LARGE"));
    }

    @Test
    void anUploadNeedsASignedInCallerAndAFile() {
        given().multiPart("file", "a.jpg", Images.plain("jpg"), "image/jpeg").post("/api/v1/media").then().statusCode(401);
        String citizen = Api.newCitizen("nofile").getString("accessToken");
        given().auth().oauth2(citizen).multiPart("other", "x").post("/api/v1/media").then().statusCode(400)
                .body("errors[0].field", equalTo("file"));
    }

    @Test
    void aPrivatePhotoIsTheUploadersUntilAttachedToAStation() {
        long township = TestData.region(null, "图县" + System.nanoTime(), "COUNTY");
        String staff = People.staffIn(township);
        String stranger = Api.newCitizen("stranger").getString("accessToken");
        long photo = upload(staff, "door.png", Images.plain("png"), "image/png").statusCode(201).extract().jsonPath().getLong("id");
        long someoneElses = upload(stranger, "mine.png", Images.plain("png"), "image/png").extract().jsonPath().getLong("id");

        given().get("/api/v1/media/" + photo).then().statusCode(404);
        given().auth().oauth2(stranger).get("/api/v1/media/" + photo).then().statusCode(404);
        given().auth().oauth2(Api.adminToken()).get("/api/v1/media/" + someoneElses).then().statusCode(404);

        Map<String, Object> station = new HashMap<>(Map.of("regionId", township, "level", "COUNTY_CENTER", "name", "图县中心"));
        station.put("photoIds", List.of(photo, someoneElses));
        as(staff).header("Idempotency-Key", "p-" + System.nanoTime()).body(station).post("/api/v1/stations").then()
                .statusCode(400).body("errors[0].field", equalTo("photoIds"));
        station.put("photoIds", List.of(photo));
        as(staff).header("Idempotency-Key", "p-" + System.nanoTime()).body(station).post("/api/v1/stations").then().statusCode(201);

        given().get("/api/v1/media/" + photo).then().statusCode(200).contentType("image/png")
                .header("Cache-Control", equalTo("public, max-age=86400"));
        given().get("/api/v1/media/" + someoneElses).then().statusCode(404);
    }
}
