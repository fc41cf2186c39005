package cn.liaison.opinion.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.liaison.identity.Callers;
import cn.liaison.identity.Role;
import cn.liaison.opinion.OpinionViews;
import cn.liaison.opinion.service.OpinionQueries;
import cn.liaison.platform.paging.Page;
import cn.liaison.platform.paging.PageRequest;
import cn.liaison.platform.web.FinishesOnDisconnect;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Its own root path: under /api/v1 it would lose the match to /api/v1/me. */
@FinishesOnDisconnect
@Path("/api/v1/me/opinions")
@Tag(name = "Opinions")
@Produces(MediaType.APPLICATION_JSON)
public class MyOpinionsResource {

    private final OpinionQueries queries;
    private final SecurityIdentity identity;

    public MyOpinionsResource(OpinionQueries queries, SecurityIdentity identity) {
        this.queries = queries;
        this.identity = identity;
    }

    @GET
    @RolesAllowed(Role.CITIZEN_NAME)
    @Operation(operationId = "listMyOpinions", summary = "My opinions, newest first")
    public Uni<Page<OpinionViews.Summary>> mine(@Valid @BeanParam PageRequest page) {
        return queries.mine(Callers.of(identity), page.cursor, page.limit);
    }
}
