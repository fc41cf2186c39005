package cn.liaison.platform.paging;

import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The paging query parameters every list takes. */
public class PageRequest {

    @QueryParam("cursor")
    @Size(max = 256)
    @Parameter(description = "The nextCursor of the previous page; omit for the first page")
    public String cursor;

    @QueryParam("limit")
    @DefaultValue("20")
    @Min(1)
    @Max(100)
    @Parameter(description = "Items per page, 1 to 100")
    public int limit;
}
