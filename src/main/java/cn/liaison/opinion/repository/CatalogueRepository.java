package cn.liaison.opinion.repository;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.opinion.Catalogue;
import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.error.ErrorCode;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Where the lists admins keep live ({@code categories}, {@code departments}): opinion categories and the departments (承办单位) opinions are transferred to.
 * Deactivated entries stay on the opinions that already name them; new opinions cannot pick them.
 */
@ApplicationScoped
public class CatalogueRepository {

    private final Pool pool;

    public CatalogueRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<List<Catalogue.Category>> categories(boolean activeOnly) {
        return pool.query("select id, name, active, sort_order from categories"
                + (activeOnly ? " where active" : "") + " order by sort_order, id").execute()
                .map(rows -> list(rows, r -> new Catalogue.Category(r.getLong(0), r.getString(1), r.getBoolean(2), r.getInteger(3))));
    }

    public Uni<Catalogue.Category> addCategory(Catalogue.CategoryInput input) {
        return pool.preparedQuery("insert into categories (name, active, sort_order) values ($1, coalesce($2, true), coalesce($3, 0))"
                + " on conflict (name) do nothing returning id, name, active, sort_order")
                .execute(Tuple.of(input.name().strip(), input.active(), input.sortOrder()))
                .map(rows -> single(rows, r -> new Catalogue.Category(r.getLong(0), r.getString(1), r.getBoolean(2), r.getInteger(3)),
                        new ApiException(ErrorCode.NAME_TAKEN)));
    }

    public Uni<Catalogue.Category> changeCategory(long id, Catalogue.CategoryInput input) {
        return pool.preparedQuery("update categories set name = $2, active = coalesce($3, active), sort_order = coalesce($4, sort_order)"
                + " where id = $1 returning id, name, active, sort_order")
                .execute(Tuple.of(id, input.name().strip(), input.active(), input.sortOrder()))
                .map(rows -> single(rows, r -> new Catalogue.Category(r.getLong(0), r.getString(1), r.getBoolean(2), r.getInteger(3)),
                        ApiException.notFound()));
    }

    public Uni<List<Catalogue.Department>> departments(boolean activeOnly) {
        return pool.query("select id, name, region_id, contact, active from departments"
                + (activeOnly ? " where active" : "") + " order by id").execute()
                .map(rows -> list(rows, CatalogueRepository::department));
    }

    /**
     * Every department, read in the caller's Hibernate session: a service that already holds the
     * session's connection must not wait for a second one from the pool, or at load every
     * connection ends up held by a request waiting for another.
     */
    public Uni<List<Catalogue.Department>> departmentsInSession() {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                "select id, name, region_id, contact, active from departments order by id", Object[].class).getResultList())
                .map(rows -> rows.stream().map(r -> new Catalogue.Department(((Number) r[0]).longValue(), (String) r[1],
                        r[2] == null ? null : ((Number) r[2]).longValue(), (String) r[3], (Boolean) r[4])).toList());
    }

    public Uni<Catalogue.Department> addDepartment(Catalogue.DepartmentInput input) {
        return pool.preparedQuery("insert into departments (name, region_id, contact, active) values ($1, $2, $3, coalesce($4, true))"
                + " returning id, name, region_id, contact, active")
                .execute(Tuple.of(input.name().strip(), input.regionId(), input.contact(), input.active()))
                .map(rows -> single(rows, CatalogueRepository::department, null));
    }

    public Uni<Catalogue.Department> changeDepartment(long id, Catalogue.DepartmentInput input) {
        return pool.preparedQuery("update departments set name = $2, region_id = $3, contact = $4, active = coalesce($5, active)"
                + " where id = $1 returning id, name, region_id, contact, active")
                .execute(Tuple.of(id, input.name().strip(), input.regionId(), input.contact(), input.active()))
                .map(rows -> single(rows, CatalogueRepository::department, ApiException.notFound()));
    }

    private static Catalogue.Department department(Row r) {
        return new Catalogue.Department(r.getLong(0), r.getString(1), r.getLong(2), r.getString(3), r.getBoolean(4));
    }

    private static <T> List<T> list(RowSet<Row> rows, java.util.function.Function<Row, T> map) {
        List<T> items = new ArrayList<>();
        rows.forEach(row -> items.add(map.apply(row)));
        return items;
    }

    private static <T> T single(RowSet<Row> rows, java.util.function.Function<Row, T> map, ApiException none) {
        var it = rows.iterator();
        if (!it.hasNext()) {
            throw none;
        }
        return map.apply(it.next());
    }
}
