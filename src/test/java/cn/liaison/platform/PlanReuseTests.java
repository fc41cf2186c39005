package cn.liaison.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** PostgreSQL plans a list once per connection, but a text search every time, for the words searched. */
@QuarkusTest
class PlanReuseTests {

    @Inject
    Pool pool;

    @Test
    void aConnectionKeepsItsStatementsExceptThoseWhosePlanDependsOnTheValues() {
        List<String> kept = pool.withConnection(connection -> connection
                .preparedQuery("select id from opinions where station_id = $1 order by due_at, id limit 21").execute(Tuple.of(7L))
                .chain(() -> connection.preparedQuery("select id from opinions where title like $1 order by due_at, id limit 21")
                        .execute(Tuple.of("%路灯%")))
                .chain(() -> connection.preparedQuery("select id from opinions where region_path LIKE $1").execute(Tuple.of("/1/%")))
                .chain(() -> connection.query("select statement from pg_prepared_statements order by statement").execute()))
                .map(rows -> {
                    List<String> statements = new ArrayList<>();
                    rows.forEach(row -> statements.add(row.getString(0)));
                    return statements;
                })
                .await().indefinitely();

        assertTrue(kept.contains("select id from opinions where station_id = $1 order by due_at, id limit 21"), kept::toString);
        assertFalse(kept.stream().anyMatch(statement -> statement.toLowerCase().contains(" like ")), kept::toString);
    }
}
