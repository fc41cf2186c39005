package cn.liaison.platform.persistence;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Singleton;

import io.quarkus.reactive.pg.client.PgPoolCreator;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnectOptions;

/**
 * Builds the reactive pool so that each connection keeps its prepared statements and PostgreSQL can
 * plan a statement once and reuse the plan. Planning a list over the opinions table, with its many
 * indexes, costs several times more than running it.
 *
 * <p>A statement whose best plan depends on a bound value says so where it is written, with
 * {@link #plannedForItsValues} (or {@link Sql#plannedForItsValues}); it is prepared afresh for each
 * execution, so it is always planned for the values given: a pattern that one opinion in a million
 * holds needs an index, a common one the deadline order, and a region prefix may cover one village
 * or the whole province. A reused plan would choose once for all of them. A pattern written into
 * the text (a region, see {@link Sql#pathPrefix}) makes a statement of its own, with a plan of its
 * own; that is how Panache queries, which cannot carry the mark, filter by scope. Every other
 * statement is prepared once per connection and its plan reused.
 *
 * <p>Searches by text go to the datasource {@value #SEARCHES} instead. The service chooses their
 * shape for the words (a walk of the deadline order or the index first, see {@code OpinionQueries}),
 * so its connections plan each statement once ({@code plan_cache_mode = force_generic_plan}) and
 * keep it. Their {@code statement_timeout} stops a walk that finds its page too slowly.
 */
@Singleton
public class PlanReusingPool implements PgPoolCreator {

    /** The datasource of searches by text, whose connections reuse one plan per statement and stop a slow one. */
    public static final String SEARCHES = "searches";

    /** The comment that leads a statement planned for the values of each execution. */
    static final String FOR_ITS_VALUES = "/* planned for its values */ ";

    /** {@code sql}, marked to be planned for the values of each execution rather than once. */
    public static String plannedForItsValues(String sql) {
        return sql.startsWith(FOR_ITS_VALUES) ? sql : FOR_ITS_VALUES + sql;
    }

    @Override
    public Pool create(Input input) {
        List<SqlConnectOptions> servers = new ArrayList<>();
        for (PgConnectOptions server : input.pgConnectOptionsList()) {
            servers.add(server.setCachePreparedStatements(true).setPreparedStatementCacheSqlFilter(PlanReusingPool::reusesPlan));
        }
        return PgBuilder.pool().with(input.poolOptions()).connectingTo(servers).using(input.vertx()).build();
    }

    static boolean reusesPlan(String sql) {
        return !sql.startsWith(FOR_ITS_VALUES);
    }
}
