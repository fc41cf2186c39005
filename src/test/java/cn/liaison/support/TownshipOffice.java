package cn.liaison.support;

import static cn.liaison.support.Api.as;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * A township of its own in the packaged jar's database, for a journey test: a county and the
 * township (SQL, as a deployment's import writes regions), its office's staff account signed in,
 * the township's station and one deputy there, all made through the API as an admin would.
 */
public record TownshipOffice(long township, String staff, long station, long deputy) {

    /**
     * @param place the county's and the township's stem ("红河" makes 红河县 and 红河镇)
     * @param clerk the staff account's username; its password is {@code clerk + "-office-1"}
     * @param stationDetails what the station has besides its region, level and name (address, coordinates, …)
     */
    public static TownshipOffice open(String place, String clerk, Map<String, Object> stationDetails, String deputyName) throws SQLException {
        long county = JarDatabase.region(null, place + "县", "COUNTY");
        long township = JarDatabase.region(county, place + "镇", "TOWNSHIP");
        as(Api.adminToken()).header("Idempotency-Key", "it-staff-" + System.nanoTime()).body(Map.of("username", clerk,
                "displayName", place + "镇人大办", "password", password(clerk), "role", "STAFF", "regionId", township))
                .post("/api/v1/admin/staff").then().statusCode(201);
        String staff = Api.passwordLogin(clerk, password(clerk)).statusCode(200).extract().path("accessToken");
        Map<String, Object> station = new HashMap<>(stationDetails);
        station.putAll(Map.of("regionId", township, "level", "TOWNSHIP_STATION", "name", place + "镇人大代表联络站"));
        long stationId = as(staff).header("Idempotency-Key", "it-station-" + System.nanoTime()).body(station)
                .post("/api/v1/stations").then().statusCode(201).extract().jsonPath().getLong("id");
        long deputy = as(staff).header("Idempotency-Key", "it-deputy-" + System.nanoTime())
                .body(Map.of("name", deputyName, "level", "TOWNSHIP", "primaryStationId", stationId))
                .post("/api/v1/deputies").then().statusCode(201).extract().jsonPath().getLong("id");
        return new TownshipOffice(township, staff, stationId, deputy);
    }

    public static String password(String clerk) {
        return clerk + "-office-1";
    }
}
