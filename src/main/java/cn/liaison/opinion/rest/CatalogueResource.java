package cn.liaison.opinion.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

import cn.liaison.identity.Role;
import cn.liaison.identity.StaffOrAdmin;
import cn.liaison.opinion.Catalogue;
import cn.liaison.opinion.service.Catalogues;
import cn.liaison.platform.openapi.OkOrNotFound;
import cn.liaison.platform.web.FinishesOnDisconnect;
import io.smallrye.mutiny.Uni;

@FinishesOnDisconnect
@Path("/api/v1")
@Tag(name = "Opinions")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogueResource {

    private final Catalogues catalogues;

    public CatalogueResource(Catalogues catalogues) {
        this.catalogues = catalogues;
    }

    @GET
    @Path("/categories")
    @Operation(operationId = "listCategories", summary = "The categories a citizen may choose")
    public Uni<List<Catalogue.Category>> categories() {
        return catalogues.categories(true);
    }

    @GET
    @Path("/departments")
    @StaffOrAdmin
    @Operation(operationId = "listDepartments", summary = "The departments opinions can be transferred to")
    public Uni<List<Catalogue.Department>> departments() {
        return catalogues.departments(true);
    }

    @GET
    @Path("/admin/categories")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "listAllCategories", summary = "All categories, inactive ones too")
    public Uni<List<Catalogue.Category>> allCategories() {
        return catalogues.categories(false);
    }

    @POST
    @Path("/admin/categories")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @ResponseStatus(201)
    @Operation(operationId = "createCategory", summary = "Add a category")
    @APIResponse(responseCode = "409", description = "NAME_TAKEN")
    @APIResponseSchema(value = Catalogue.Category.class, responseCode = "201", responseDescription = "Created")
    public Uni<Catalogue.Category> addCategory(@Valid @NotNull Catalogue.CategoryInput input) {
        return catalogues.addCategory(input);
    }

    @PATCH
    @Path("/admin/categories/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "updateCategory", summary = "Rename, reorder or (de)activate a category; opinions keep theirs")
    @OkOrNotFound
    @APIResponse(responseCode = "409", description = "NAME_TAKEN")
    public Uni<Catalogue.Category> changeCategory(@PathParam("id") long id, @Valid @NotNull Catalogue.CategoryInput input) {
        return catalogues.changeCategory(id, input);
    }

    @GET
    @Path("/admin/departments")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "listAllDepartments", summary = "All departments, inactive ones too")
    public Uni<List<Catalogue.Department>> allDepartments() {
        return catalogues.departments(false);
    }

    @POST
    @Path("/admin/departments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @ResponseStatus(201)
    @Operation(operationId = "createDepartment", summary = "Add a department (承办单位)")
    @APIResponseSchema(value = Catalogue.Department.class, responseCode = "201", responseDescription = "Created")
    public Uni<Catalogue.Department> addDepartment(@Valid @NotNull Catalogue.DepartmentInput input) {
        return catalogues.addDepartment(input);
    }

    @PATCH
    @Path("/admin/departments/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "updateDepartment", summary = "Change or (de)activate a department; opinions keep theirs")
    @OkOrNotFound
    public Uni<Catalogue.Department> changeDepartment(@PathParam("id") long id, @Valid @NotNull Catalogue.DepartmentInput input) {
        return catalogues.changeDepartment(id, input);
    }
}
