package cn.liaison.directory.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import cn.liaison.directory.StationDetails;
import cn.liaison.directory.StationLevel;
import cn.liaison.directory.StationQuery;
import cn.liaison.directory.StationView;
import cn.liaison.directory.service.DirectoryQueries;
import cn.liaison.directory.service.StationAdministration;
import cn.liaison.directory.service.StationCodes;
import cn.liaison.directory.service.StationInput;
import cn.liaison.identity.Callers;
import cn.liaison.identity.StaffOrAdmin;
import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.idempotency.Created;
import cn.liaison.platform.idempotency.Idempotency;
import cn.liaison.platform.openapi.Ok;
import cn.liaison.platform.openapi.OkOrNotFound;
import cn.liaison.platform.paging.Page;
import cn.liaison.platform.paging.PageRequest;
import cn.liaison.platform.web.FinishesOnDisconnect;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@FinishesOnDisconnect
@Path("/api/v1/stations")
@Tag(name = "Stations")
@Produces(MediaType.APPLICATION_JSON)
public class StationResource {

    private final DirectoryQueries directory;
    private final StationAdministration administration;
    private final StationCodes codes;
    private final SecurityIdentity identity;

    public StationResource(DirectoryQueries directory, StationAdministration administration, StationCodes codes,
            SecurityIdentity identity) {
        this.directory = directory;
        this.administration = administration;
        this.codes = codes;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "listStations", summary = "List active stations: by region (and below), level, text, or nearest first")
    public Uni<Page<StationView>> list(
            @Parameter(description = "A region: its stations and those of every region below it") @QueryParam("regionId") Long regionId,
            @QueryParam("level") StationLevel level,
            @Parameter(description = "Part of the name or address") @QueryParam("q") @Size(max = 100) String text,
            @Parameter(description = "latitude,longitude: nearest first, with distanceMetres", example = "30.27,120.15") @QueryParam("near") @Size(max = 64) String near,
            @Parameter(description = "With near: how far to look, in km") @QueryParam("radiusKm") @DefaultValue("50") @DecimalMin("0.1") @DecimalMax("500") double radiusKm,
            @Valid @BeanParam PageRequest page) {
        return directory.stations(new StationQuery(regionId, level, text, point(near), radiusKm), page.cursor, page.limit);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "showStation", summary = "Show a station with its deputies and upcoming reception days")
    @OkOrNotFound
    public Uni<StationDetails> show(@PathParam("id") long id) {
        return directory.station(id);
    }

    @GET
    @Path("/{id}/qrcode")
    @Produces({ "image/png", "image/jpeg" })
    @Operation(operationId = "showStationCode", summary = "The station's mini-program code (联络站码) to print for its door; opens the station page")
    @APIResponse(responseCode = "200", description = "The image", content = @Content(mediaType = "image/png",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "NOT_FOUND")
    @APIResponse(responseCode = "503", description = "WECHAT_UNAVAILABLE")
    public Uni<Response> qrcode(@PathParam("id") long id) {
        return codes.codeFor(id).map(picture -> Response.ok(picture.bytes(), picture.contentType())
                .header("Cache-Control", "public, max-age=86400").build());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @StaffOrAdmin
    @Operation(operationId = "createStation", summary = "Create a station in the caller's region scope (idempotent: send an Idempotency-Key)")
    @APIResponseSchema(value = StationView.class, responseCode = "201", responseDescription = "Created")
    @APIResponse(responseCode = "422", description = "UNKNOWN_REGION (also outside the caller's scope) or IDEMPOTENCY_KEY_REUSED")
    public Uni<RestResponse<StationView>> create(@HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull StationInput input) {
        return administration.create(Callers.of(identity), key, input).map(outcome -> Created.of(outcome, "/api/v1/stations/" + outcome.answer().id()));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @StaffOrAdmin
    @Operation(operationId = "updateStation", summary = "Replace what a station says; infoUpdatedAt moves")
    @APIResponse(responseCode = "404", description = "NOT_FOUND, also for a station outside the caller's scope")
    @APIResponse(responseCode = "422", description = "UNKNOWN_REGION")
    @Ok
    public Uni<StationView> replace(@PathParam("id") long id, @Valid @NotNull StationInput input) {
        return administration.replace(Callers.of(identity), id, input);
    }

    private static StationQuery.Point point(String near) {
        if (near == null || near.isBlank()) {
            return null;
        }
        String[] parts = near.split(",");
        try {
            double latitude = Double.parseDouble(parts[0].strip());
            double longitude = Double.parseDouble(parts[1].strip());
            if (parts.length == 2 && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180) {
                return new StationQuery.Point(latitude, longitude);
            }
        } catch (RuntimeException e) {
            // reported below
        }
        throw ApiException.invalidField("near", "field.near");
    }
}
