package cn.liaison.region.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.Cache;

import cn.liaison.platform.openapi.OkOrNotFound;
import cn.liaison.platform.paging.Cursor;
import cn.liaison.platform.paging.Page;
import cn.liaison.platform.paging.PageRequest;
import cn.liaison.platform.web.FinishesOnDisconnect;
import cn.liaison.region.service.RegionBrowsing;
import io.smallrye.mutiny.Uni;

@FinishesOnDisconnect
@Path("/api/v1/regions")
@Tag(name = "Regions")
@jakarta.ws.rs.Produces(MediaType.APPLICATION_JSON)
public class RegionResource {

    private final RegionBrowsing regions;

    public RegionResource(RegionBrowsing regions) {
        this.regions = regions;
    }

    @GET
    @Cache(maxAge = 300)
    @Operation(operationId = "listRegions", summary = "List the children of a region (the top regions when parentId is omitted), or with q the regions anywhere whose name holds it or whose code starts with it")
    public Uni<Page<RegionView>> children(@QueryParam("parentId") Long parentId,
            @Parameter(description = "Part of a name (青山) or the start of a division code (3301); parentId is then ignored")
            @QueryParam("q") @Size(max = 32) String q, @Valid @BeanParam PageRequest page) {
        return regions.children(parentId, q, page).map(list -> Page.of(list, page.limit, RegionView::of, r -> Cursor.of(r.id)));
    }

    @GET
    @Path("/{id}")
    @Cache(maxAge = 300)
    @Operation(operationId = "showRegion", summary = "Show a region with its lineage from the root")
    @OkOrNotFound
    public Uni<RegionDetail> show(@PathParam("id") long id) {
        return regions.withLineage(id).map(found -> new RegionDetail(RegionView.of(found.region()),
                found.lineage().stream().map(RegionView::of).toList()));
    }
}
