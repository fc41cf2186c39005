package cn.liaison.open311;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The answers of GeoReport v2, with the field names of the published specification. Unlike the rest
 * of the API, a field without a value is written as null: GeoReport clients look for every field.
 */
public final class GeoReport {

    private GeoReport() {
    }

    @Schema(name = "GeoReportService", description = "An opinion category offered as an Open311 service")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Service(
            @JsonProperty("service_code") @Schema(description = "The category's id, as a string") String serviceCode,
            @JsonProperty("service_name") String serviceName,
            @Schema(description = "Always null: categories have no description of their own") String description,
            @Schema(description = "Always false: a request needs no attributes beyond the standard fields") boolean metadata,
            @Schema(description = "Always realtime: a request is numbered as it is received") String type,
            @Schema(description = "Always null") String keywords,
            @Schema(description = "Always null: categories are not grouped") String group) {
    }

    @Schema(name = "GeoReportServiceRequest", description = "A published opinion as an Open311 service request: public text only,"
            + " personal data removed as on the public board, coordinates rounded to three decimals (about 100 m)")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ServiceRequest(
            @JsonProperty("service_request_id") @Schema(description = "The opinion's tracking number, e.g. SQ20261125-000123") String serviceRequestId,
            @Schema(enumeration = { "open", "closed" }, description = "open while work or the citizen's rating is to come; closed once closed,"
                    + " rejected, merged or withdrawn") String status,
            @JsonProperty("status_notes") @Schema(description = "The latest public answer, else the state in words (已受理, 办理中, …)") String statusNotes,
            @JsonProperty("service_name") String serviceName,
            @JsonProperty("service_code") String serviceCode,
            @Schema(description = "The published title and text of the opinion, on two lines") String description,
            @JsonProperty("agency_responsible") @Schema(description = "The department (承办单位) it was transferred to, else the liaison station") String agencyResponsible,
            @JsonProperty("service_notice") @Schema(description = "Always null") String serviceNotice,
            @JsonProperty("requested_datetime") OffsetDateTime requestedDatetime,
            @JsonProperty("updated_datetime") OffsetDateTime updatedDatetime,
            @JsonProperty("expected_datetime") @Schema(description = "The reply deadline while the request is open") OffsetDateTime expectedDatetime,
            @Schema(description = "Always null: the place a citizen describes is never published, only its rounded coordinates") String address,
            @JsonProperty("address_id") @Schema(description = "Always null") String addressId,
            @Schema(description = "Always null") String zipcode,
            @Schema(description = "Latitude (WGS 84), three decimals") Double lat,
            @JsonProperty("long") @Schema(description = "Longitude (WGS 84), three decimals") Double longitude,
            @JsonProperty("media_url") @Schema(description = "Always null: the photos of an opinion are not published") String mediaUrl) {
    }

    @Schema(name = "GeoReportCreated", description = "A request received: it waits for staff review before it is accepted or published")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Created(
            @JsonProperty("service_request_id") @Schema(description = "The tracking number of the opinion it became") String serviceRequestId,
            @JsonProperty("service_notice") String serviceNotice,
            @JsonProperty("account_id") @Schema(description = "Always null: no account is made for the person behind the request") String accountId) {
    }

    @Schema(name = "GeoReportError", description = "A GeoReport v2 error: code is the HTTP status, description says what is wrong"
            + " (in Chinese, or English for Accept-Language: en) and names the fields at fault by their GeoReport names")
    public record Error(int code, String description) {
    }
}
