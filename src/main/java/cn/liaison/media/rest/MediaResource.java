package cn.liaison.media.rest;

import java.net.URI;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import cn.liaison.identity.Callers;
import cn.liaison.media.service.MediaLibrary;
import cn.liaison.media.service.MediaView;
import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.openapi.RateLimited;
import cn.liaison.platform.web.FinishesOnDisconnect;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@FinishesOnDisconnect
@Path("/api/v1/media")
@Tag(name = "Photos")
public class MediaResource {

    private final MediaLibrary library;
    private final CurrentIdentityAssociation identities;
    private final SecurityIdentity identity;

    public MediaResource(MediaLibrary library, CurrentIdentityAssociation identities, SecurityIdentity identity) {
        this.library = library;
        this.identities = identities;
        this.identity = identity;
    }

    @POST
    @Authenticated
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "uploadPhoto", summary = "Upload a photo (wx.uploadFile, field \"file\"): JPEG, PNG or WebP up to 10 MB; location metadata is removed")
    @APIResponseSchema(value = MediaView.class, responseCode = "201", responseDescription = "Stored; private to the uploader until attached to something public")
    @APIResponse(responseCode = "413", description = "FILE_TOO_LARGE")
    @APIResponse(responseCode = "415", description = "UNSUPPORTED_IMAGE: the bytes are not a JPEG, PNG or WebP image")
    @RateLimited
    public Uni<RestResponse<MediaView>> upload(@RestForm("file") @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary") FileUpload file) {
        if (file == null) {
            throw ApiException.invalidField("file", "field.file-required");
        }
        return library.upload(Callers.of(identity).userId(), file.uploadedFile().toString(), file.size())
                .map(view -> RestResponse.ResponseBuilder.<MediaView>created(URI.create(view.url())).entity(view).build());
    }

    @GET
    @Path("/{id}")
    @Produces({ "image/jpeg", "image/png", "image/webp" })
    @Operation(operationId = "fetchPhoto", summary = "Fetch a photo: public ones for anyone, others for their uploader")
    @APIResponse(responseCode = "200", description = "The image", content = @Content(mediaType = "image/*", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "NOT_FOUND, also for a photo the caller may not see")
    public Uni<Response> fetch(@PathParam("id") long id) {
        return identities.getDeferredIdentity()
                .chain(who -> library.open(who.isAnonymous() ? null : Callers.of(who), id))
                .map(image -> Response.ok(image.bytes(), image.contentType())
                        .header("Cache-Control", image.isPublic() ? "public, max-age=86400" : "private, no-store")
                        .header("X-Content-Type-Options", "nosniff")
                        .build());
    }
}
