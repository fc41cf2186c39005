package cn.liaison.opinion.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;

import cn.liaison.opinion.Catalogue;
import cn.liaison.opinion.repository.CatalogueRepository;
import io.smallrye.mutiny.Uni;

/**
 * The lists admins keep: opinion categories and the departments (承办单位) opinions are transferred to.
 * Deactivated entries stay on the opinions that already name them; new opinions cannot pick them.
 * A name already taken answers 409 NAME_TAKEN from its unique constraint.
 */
@ApplicationScoped
public class Catalogues {

    private final CatalogueRepository catalogue;

    public Catalogues(CatalogueRepository catalogue) {
        this.catalogue = catalogue;
    }

    public Uni<List<Catalogue.Category>> categories(boolean activeOnly) {
        return catalogue.categories(activeOnly);
    }

    public Uni<Catalogue.Category> addCategory(@Valid Catalogue.CategoryInput input) {
        return catalogue.addCategory(input);
    }

    public Uni<Catalogue.Category> changeCategory(long id, @Valid Catalogue.CategoryInput input) {
        return catalogue.changeCategory(id, input);
    }

    public Uni<List<Catalogue.Department>> departments(boolean activeOnly) {
        return catalogue.departments(activeOnly);
    }

    public Uni<Catalogue.Department> addDepartment(@Valid Catalogue.DepartmentInput input) {
        return catalogue.addDepartment(input);
    }

    public Uni<Catalogue.Department> changeDepartment(long id, @Valid Catalogue.DepartmentInput input) {
        return catalogue.changeDepartment(id, input);
    }
}
