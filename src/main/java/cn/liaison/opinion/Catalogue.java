package cn.liaison.opinion;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The lists admins keep: opinion categories and the departments (承办单位) opinions are transferred to. */
public final class Catalogue {

    private Catalogue() {
    }

    @Schema(name = "Category")
    public record Category(Long id, String name, boolean active, int sortOrder) {
    }

    public record CategoryInput(@NotBlank @Size(max = 32) String name, Boolean active, Integer sortOrder) {
    }

    @Schema(name = "Department")
    public record Department(Long id, String name, Long regionId, String contact, boolean active) {
    }

    public record DepartmentInput(@NotBlank @Size(max = 64) String name, Long regionId, @Size(max = 64) String contact,
            Boolean active) {
    }
}
