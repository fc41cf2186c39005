package cn.liaison.opinion;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.opinion.repository.CatalogueRepository;
import cn.liaison.opinion.repository.OpinionRepository;
import io.smallrye.mutiny.Uni;

/** What other features may know of the lists admins keep: the departments (承办单位), a short list read whole, and the categories. */
@ApplicationScoped
public class CatalogueLookup {

    private final CatalogueRepository catalogue;
    private final OpinionRepository opinions;

    public CatalogueLookup(CatalogueRepository catalogue, OpinionRepository opinions) {
        this.catalogue = catalogue;
        this.opinions = opinions;
    }

    /** Every department, active or not, by id; in the caller's session. */
    public Uni<Map<Long, Catalogue.Department>> departments() {
        return catalogue.departmentsInSession().map(list -> list.stream().collect(Collectors.toMap(Catalogue.Department::id, Function.identity())));
    }

    /** The categories, in their order; with {@code activeOnly}, those new opinions may still name. Outside any session. */
    public Uni<List<Catalogue.Category>> categories(boolean activeOnly) {
        return catalogue.categories(activeOnly);
    }

    /** Whether the category exists and new things may still name it. */
    public Uni<Boolean> categoryActive(long id) {
        return opinions.categoryActive(id);
    }
}
