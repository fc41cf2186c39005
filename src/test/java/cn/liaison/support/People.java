package cn.liaison.support;

import static cn.liaison.support.Api.as;

import java.util.Map;

/** Signed-in people for tests that need more than one kind of caller. */
public final class People {

    public static final String STAFF_PASSWORD = "township-office-1";

    private People() {
    }

    /** A new staff member scoped to {@code regionId}, signed in; answers the access token. */
    public static String staffIn(long regionId) {
        String username = "staff" + System.nanoTime();
        as(Api.adminToken()).header("Idempotency-Key", "people-" + username)
                .body(Map.of("username", username, "displayName", "人大办", "password", STAFF_PASSWORD, "role", "STAFF",
                        "regionId", regionId))
                .post("/api/v1/admin/staff").then().statusCode(201);
        return Api.passwordLogin(username, STAFF_PASSWORD).statusCode(200).extract().path("accessToken");
    }
}
