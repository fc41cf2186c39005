package cn.liaison.region.rest;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.Cache;

import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.paging.Cursor;
import cn.liaison.platform.paging.Page;
import cn.liaison.platform.paging.PageRequest;
import cn.liaison.platform.web.FinishesOnDisconnect;
import cn.liaison.region.repository.RegionRepository;
import io.smallrye.mutiny.Uni;

@FinishesOnDisconnect
@Path("/api/v1/regions")
@Tag(name = "Regions")
@jakarta.ws.rs.Produces(MediaType.APPLICATION_JSON)
public class RegionResource {

    private final RegionRepository regions;

    public RegionResource(RegionRepository regions) {
        this.regions = regions;
    }

    @GET
    @Cache(maxAge = 300)
    @Operation(operationId = "listRegions", summary = "List the children of a region (the top regions when parentId is omitted)")
    public Uni<Page<RegionView>> children(@QueryParam("parentId") Long parentId, @Valid @BeanParam PageRequest page) {
        long after = page.cursor == null ? 0 : Cursor.longKey(page.cursor);
        return regions.children(parentId, after, page.limit + 1)
                .map(rows -> Page.of(rows, page.limit, RegionView::of, r -> Cursor.of(r.id)));
    }

    @GET
    @Path("/{id}")
    @Cache(maxAge = 300)
    @Operation(operationId = "showRegion", summary = "Show a region with its lineage from the root")
    @APIResponse(responseCode = "404", description = "NOT_FOUND")
    @APIResponse(responseCode = "200", description = "OK")
    public Uni<RegionDetail> show(@PathParam("id") long id) {
        return regions.findById(id)
                .onItem().ifNull().failWith(ApiException::notFound)
                .flatMap(region -> regions.lineage(region)
                        .map(lineage -> new RegionDetail(RegionView.of(region), lineage.stream().map(RegionView::of).toList())));
    }
}
