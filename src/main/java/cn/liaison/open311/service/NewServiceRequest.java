package cn.liaison.open311.service;

/**
 * A POST requests.json as a partner's system sends it, in GeoReport v2's fields, as received (the
 * numbers still text, so that a value that does not parse is named by its GeoReport name). The
 * fields about the person behind the request (email, names, device_id, account_id) are not kept,
 * and media_url is not fetched (see RequestIntake).
 */
public record NewServiceRequest(String apiKey, String serviceCode, String lat, String longitude, String addressString,
        String description, String phone) {
}
