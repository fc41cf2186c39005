package cn.liaison.opinion.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.liaison.identity.Role;
import cn.liaison.opinion.SensitiveWordHits;
import cn.liaison.opinion.service.SensitiveWords;
import cn.liaison.platform.web.FinishesOnDisconnect;
import io.smallrye.mutiny.Uni;

@FinishesOnDisconnect
@Path("/api/v1/admin/sensitive-words")
@Tag(name = "Administration")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class SensitiveWordsResource {

    private final SensitiveWords words;

    public SensitiveWordsResource(SensitiveWords words) {
        this.words = words;
    }

    @GET
    @Operation(operationId = "listSensitiveWords", summary = "The sensitive words that send an opinion to manual review")
    public Uni<List<String>> list() {
        return words.all();
    }

    @GET
    @Path("/hits")
    @Operation(operationId = "listSensitiveWordHits", summary = "How many opinions each sensitive word sent to review, most first")
    public Uni<List<SensitiveWordHits>> hits() {
        return words.hits();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceSensitiveWords", summary = "Replace the sensitive-word list (applies on every instance within 30 seconds)")
    public Uni<List<String>> replace(@NotNull @Size(max = 20000) List<@NotBlank @Size(max = 32) String> list) {
        return words.replace(list.stream().map(String::strip).distinct().toList());
    }
}
