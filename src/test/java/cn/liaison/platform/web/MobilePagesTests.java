package cn.liaison.platform.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;

/**
 * The H5 page at /m/, served from the classpath's mobile-h5/ (here a stand-in in src/test/resources;
 * in the jar, the build of src/main/mobile).
 */
@QuarkusTest
class MobilePagesTests {

    @Test
    void thePageIsServedAndNeverCached() {
        given().accept("text/html").get("/m/").then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Cache-Control", "no-cache")
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", containsString("script-src 'self';"))
                .body(containsString("test-stand-in-of-the-h5-build"));
    }

    @Test
    void aLinkIntoTheAppGetsThePage() {
        given().accept("text/html").get("/m/pages/opinion/detail?id=42").then().statusCode(200)
                .header("Cache-Control", "no-cache")
                .body(containsString("test-stand-in-of-the-h5-build"));
    }

    @Test
    void hashedAssetsAreCachedForAYearAndCompressed() {
        given().config(RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .header("Accept-Encoding", "gzip").get("/m/assets/index-T3stHash.js").then().statusCode(200)
                .contentType(containsString("javascript"))
                .header("Cache-Control", containsString("max-age=31536000"))
                .header("Content-Encoding", "gzip");
    }

    @Test
    void aFileThatIsNotThereIsAProblem() {
        given().get("/m/assets/index-missing.js").then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void theBareAddressLeadsToThePage() {
        given().config(RestAssuredConfig.config().redirect(RedirectConfig.redirectConfig().followRedirects(false)))
                .get("/m").then().statusCode(302).header("Location", endsWith("/m/"));
    }
}
