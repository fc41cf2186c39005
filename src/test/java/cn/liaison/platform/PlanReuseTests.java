package cn.liaison.platform;

import static cn.liaison.platform.persistence.PlanReusingPool.plannedForItsValues;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cn.liaison.platform.persistence.PlanReusingPool;
import cn.liaison.platform.persistence.Sql;
import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Multi;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgException;

/**
 * PostgreSQL plans a list once per connection (once per scope for staff), and a text search once for
 * every word: the service chose its shape. A statement whose plan depends on its values says so.
 */
@QuarkusTest
class PlanReuseTests {

    @Inject
    Pool pool;

    @Inject
    @ReactiveDataSource(PlanReusingPool.SEARCHES)
    Pool searches;

    @Test
    void aConnectionKeepsItsStatementsExceptThoseWhosePlanDependsOnTheValues() {
        List<String> kept = pool.withConnection(connection -> connection
                .preparedQuery("select id from opinions where station_id = $1 order by due_at, id limit 21").execute(Tuple.of(7L))
                .chain(() -> connection.preparedQuery(
                        plannedForItsValues("select id from opinions where title like $1 order by due_at, id limit 21"))
                        .execute(Tuple.of("%路灯%")))
                .chain(() -> connection.preparedQuery(
                        new Sql("select id from opinions").and("region_path LIKE ?", "/1/%").plannedForItsValues().text())
                        .execute(Tuple.of("/1/%")))
                .chain(() -> connection.preparedQuery(plannedForItsValues("select id from opinions where region_path like"
                        + " (select path from regions where id = $1) || '%' order by due_at, id limit 21")).execute(Tuple.of(1L)))
                .chain(() -> connection.preparedQuery("select id from opinions where region_path like " + Sql.pathPrefix("/1/2/")
                        + " and state = $1 order by due_at, id limit 21").execute(Tuple.of("SUBMITTED")))
                .chain(() -> connection.query("select statement from pg_prepared_statements order by statement").execute()))
                .map(rows -> {
                    List<String> statements = new ArrayList<>();
                    rows.forEach(row -> statements.add(row.getString(0)));
                    return statements;
                })
                .await().indefinitely();

        assertTrue(kept.contains("select id from opinions where station_id = $1 order by due_at, id limit 21"), kept::toString);
        assertTrue(kept.contains("select id from opinions where region_path like '/1/2/%' and state = $1 order by due_at, id limit 21"),
                kept::toString);
        assertFalse(kept.stream().anyMatch(statement -> statement.toLowerCase().matches("(?s).* like (\\$|\\(select).*")), kept::toString);
    }

    @Test
    void aSearchConnectionPlansItsStatementOnceForEveryWordAndStopsASlowOne() {
        String search = "select id from opinions where title like $1 order by due_at, id limit 21";
        Row plans = searches.withConnection(connection -> Multi.createFrom().items("%路灯%", "%幸福%", "%路灯%", "%噪音%", "%路灯%", "%桥%", "%路灯%")
                .onItem().transformToUniAndConcatenate(pattern -> connection.preparedQuery(search).execute(Tuple.of(pattern)))
                .collect().last()
                .chain(() -> connection.preparedQuery("select custom_plans, generic_plans, current_setting('plan_cache_mode')"
                        + " from pg_prepared_statements where statement = $1")
                        .execute(Tuple.of(search))))
                .map(rows -> rows.iterator().next())
                .await().indefinitely();

        assertEquals(List.of("0", "7", "force_generic_plan"),
                List.of(plans.getValue(0).toString(), plans.getValue(1).toString(), plans.getString(2)));
        PgException stopped = assertThrows(PgException.class, () -> searches.query("select pg_sleep(2)").execute().await().indefinitely());
        assertEquals("57014", stopped.getSqlState());
    }

    @Test
    void onlyARegionPathCanBeWrittenIntoTheText() {
        assertEquals("'/12/345/%'", Sql.pathPrefix("/12/345/"));
        assertThrows(IllegalArgumentException.class, () -> Sql.pathPrefix("/1/' or true or '"));
        assertThrows(IllegalArgumentException.class, () -> Sql.pathPrefix("/1/_"));
    }
}
