package cn.liaison.open311.rest;

import java.util.List;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.liaison.open311.GeoReport;
import cn.liaison.open311.service.NewServiceRequest;
import cn.liaison.open311.service.RequestIntake;
import cn.liaison.open311.service.RequestQuery;
import cn.liaison.open311.service.ServiceRequests;
import cn.liaison.platform.idempotency.Idempotency;
import cn.liaison.platform.openapi.ProblemResponsesFilter;
import cn.liaison.platform.web.FinishesOnDisconnect;
import io.smallrye.mutiny.Uni;

/**
 * Open311 GeoReport v2 in JSON (XML is not offered): services, service requests, and submission by
 * partners with an api_key. Reading needs no key, as reading the public board needs no sign-in.
 * Errors are GeoReport's array of {code, description} (GeoReportErrors).
 */
@FinishesOnDisconnect
@Path("/open311/v2")
@Tag(name = "Open311", description = "Open311 GeoReport v2 (JSON); field names and errors as the GeoReport v2 specification writes them")
@Produces(MediaType.APPLICATION_JSON)
public class GeoReportResource {

    private static final String ERRORS = "#/components/schemas/GeoReportError";

    private final ServiceRequests requests;
    private final RequestIntake intake;

    public GeoReportResource(ServiceRequests requests, RequestIntake intake) {
        this.requests = requests;
        this.intake = intake;
    }

    @GET
    @Path("/services.json")
    @Operation(operationId = "listOpen311Services", summary = "The opinion categories as Open311 services",
            extensions = @Extension(name = ProblemResponsesFilter.ERROR_BODY, value = ERRORS))
    public Uni<List<GeoReport.Service>> services() {
        return requests.services();
    }

    @GET
    @Path("/requests.json")
    @Operation(operationId = "listOpen311Requests", summary = "Published opinions as Open311 service requests, newest first, at most 1000",
            description = "Only opinions on the public board, with its redacted text: no names, phone numbers or accounts. Without"
                    + " dates, the last 90 days; with one, 90 days from the start or up to the end; the two may be at most 90 days apart.",
            extensions = @Extension(name = ProblemResponsesFilter.ERROR_BODY, value = ERRORS))
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED: a date without its offset, a span over 90 days,"
            + " a status other than open or closed, a service_code that is no number",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = GeoReport.Error.class)))
    public Uni<List<GeoReport.ServiceRequest>> list(
            @Parameter(description = "Tracking numbers, comma separated (at most 100); overrides every other filter")
            @QueryParam("service_request_id") @Size(max = 2500) String serviceRequestId,
            @Parameter(description = "service_code values, comma separated") @QueryParam("service_code") @Size(max = 500) String serviceCode,
            @Parameter(description = "Earliest requested_datetime, ISO 8601 with offset, e.g. 2026-11-01T00:00:00+08:00")
            @QueryParam("start_date") @Size(max = 40) String startDate,
            @Parameter(description = "Latest requested_datetime, ISO 8601 with offset") @QueryParam("end_date") @Size(max = 40) String endDate,
            @Parameter(description = "open, closed, or both comma separated") @QueryParam("status") @Size(max = 20) String status) {
        return requests.find(new RequestQuery(serviceRequestId, serviceCode, startDate, endDate, status));
    }

    @GET
    @Path("/requests/{service_request_id}.json")
    @Operation(operationId = "showOpen311Request", summary = "One published opinion as an Open311 service request, in a list of one",
            extensions = @Extension(name = ProblemResponsesFilter.ERROR_BODY, value = ERRORS))
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(responseCode = "404", description = "NOT_FOUND: no published opinion has this tracking number",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = GeoReport.Error.class)))
    public Uni<List<GeoReport.ServiceRequest>> show(
            @Parameter(description = "The tracking number, e.g. SQ20261125-000123") @PathParam("service_request_id") String serviceRequestId) {
        return requests.one(serviceRequestId);
    }

    @POST
    @Path("/requests.json")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(operationId = "createOpen311Request", summary = "A partner submits a service request, which becomes an opinion waiting for staff review",
            description = "The opinion is submitted as from the partner the api_key names, always flagged for review (OPEN311_PARTNER),"
                    + " and checked like a citizen's (lengths, sensitive words, rate limits per key). It goes to the active station"
                    + " nearest lat/long within 50 km, else to the key's station. The person's email, names, device_id and account_id"
                    + " are not kept; media_url is not fetched. Send Idempotency-Key to make a retry safe.",
            extensions = @Extension(name = ProblemResponsesFilter.ERROR_BODY, value = ERRORS))
    @APIResponse(responseCode = "200", description = "OK: the request's tracking number, in a list of one")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED: a field missing, too short or too long, named by its GeoReport name",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = GeoReport.Error.class)))
    @APIResponse(responseCode = "403", description = "API_KEY_INVALID: the api_key was never issued or is revoked")
    @APIResponse(responseCode = "429", description = "RATE_LIMITED: the key's hourly or daily limit is spent")
    public Uni<List<GeoReport.Created>> create(
            @FormParam("api_key") @Size(max = 128) String apiKey,
            @FormParam("service_code") @Size(max = 20) String serviceCode,
            @FormParam("lat") @Size(max = 32) String lat,
            @FormParam("long") @Size(max = 32) String longitude,
            @FormParam("address_string") @Size(max = 200) String addressString,
            @FormParam("address_id") @Size(max = 64) String addressId,
            @FormParam("email") @Size(max = 254) String email,
            @FormParam("device_id") @Size(max = 128) String deviceId,
            @FormParam("account_id") @Size(max = 128) String accountId,
            @FormParam("first_name") @Size(max = 64) String firstName,
            @FormParam("last_name") @Size(max = 64) String lastName,
            @FormParam("phone") @Size(max = 32) String phone,
            @FormParam("description") @Size(max = 4000) String description,
            @FormParam("media_url") @Size(max = 1024) String mediaUrl,
            @HeaderParam(Idempotency.HEADER) @Size(max = 128) String idempotencyKey) {
        return intake.submit(new NewServiceRequest(apiKey, serviceCode, lat, longitude, addressString, description, phone), idempotencyKey)
                .map(List::of);
    }
}
