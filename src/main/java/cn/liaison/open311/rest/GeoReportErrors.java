package cn.liaison.open311.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;

import cn.liaison.open311.GeoReport;
import cn.liaison.platform.error.ErrorDialect;
import cn.liaison.platform.error.Problem;

/**
 * Errors under /open311 as GeoReport v2 writes them: {@code [{"code": 400, "description": "…"}]},
 * with the HTTP status as the code. The fields at fault are named as the client sent them: the
 * opinion's own checks speak of {@code content} or {@code latitude}, a GeoReport client sent
 * {@code description} or {@code lat}.
 */
@ApplicationScoped
public class GeoReportErrors implements ErrorDialect {

    static final String ROOT = "/open311/";

    private static final Map<String, String> GEOREPORT_NAMES = Map.ofEntries(
            Map.entry("content", "description"), Map.entry("title", "description"), Map.entry("place", "address_string"),
            Map.entry("latitude", "lat"), Map.entry("longitude", "long"), Map.entry("categoryId", "service_code"),
            Map.entry("contactPhone", "phone"), Map.entry("serviceCode", "service_code"),
            Map.entry("serviceRequestId", "service_request_id"), Map.entry("startDate", "start_date"), Map.entry("endDate", "end_date"),
            Map.entry("apiKey", "api_key"), Map.entry("addressString", "address_string"));

    @Override
    public boolean covers(String path) {
        return path.startsWith(ROOT) || path.equals("/open311");
    }

    @Override
    public String mediaType() {
        return MediaType.APPLICATION_JSON + ";charset=UTF-8";
    }

    @Override
    public Object body(Problem problem) {
        return List.of(new GeoReport.Error(problem.status(), description(problem)));
    }

    /** The problem's detail, then each field at fault once, by its GeoReport name. */
    private static String description(Problem problem) {
        if (problem.errors() == null || problem.errors().isEmpty()) {
            return problem.detail();
        }
        Map<String, String> byField = new LinkedHashMap<>();
        for (Problem.FieldError error : problem.errors()) {
            byField.putIfAbsent(GEOREPORT_NAMES.getOrDefault(error.field(), error.field()), error.message());
        }
        StringBuilder text = new StringBuilder(problem.detail());
        byField.forEach((field, message) -> text.append(' ').append(field).append(": ").append(message).append(';'));
        return text.substring(0, text.length() - 1);
    }
}
