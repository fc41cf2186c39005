package cn.liaison.demo.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo county's year of work, loaded as dev mode loads it into a freshly migrated database of
 * its own (the beans are dev-only, so this runs the same statements over JDBC): every state is
 * there, each timeline is whole and in order, the demo staff's queue, the board and the suggestions
 * have what README promises, and it all loads in seconds, the same every time.
 */
class DemoActivityTests {

    private static final String SERVER = System.getenv().getOrDefault("DEMO_TEST_SERVER", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String DATABASE = "demo_activity_test";
    private static Duration loading;

    @BeforeAll
    static void loadTheDemoCounty() throws SQLException {
        try (Connection server = DriverManager.getConnection(SERVER + "postgres", "postgres", ""); Statement sql = server.createStatement()) {
            sql.execute("drop database if exists " + DATABASE + " with (force)");
            sql.execute("create database " + DATABASE);
        }
        Flyway.configure().dataSource(SERVER + DATABASE, "postgres", "").locations("classpath:db/migration").load().migrate();
        try (Connection db = connect()) {
            db.setAutoCommit(false);
            try (Statement sql = db.createStatement()) {
                county(sql);
                for (String statement : DemoSeed.DIRECTORY) {
                    sql.execute(statement);
                }
                long started = System.nanoTime();
                for (String statement : DemoActivity.statements()) {
                    sql.execute(statement);
                }
                List<String> keys = new ArrayList<>();
                List<Integer> sizes = new ArrayList<>();
                for (int n = 0; n < 160; n++) {
                    keys.add("demo%028d".formatted(n));
                    sizes.add(30_000 + n);
                }
                for (String statement : DemoActivity.photos(keys, sizes)) {
                    sql.execute(statement);
                }
                loading = Duration.ofNanos(System.nanoTime() - started);
            }
            db.commit();
        }
    }

    /** The regions and the staff account as DemoData writes them. */
    private static void county(Statement sql) throws SQLException {
        sql.execute("insert into regions (id, parent_id, code, name, kind, depth, path) values (1, null, '330000-DEMO', '清河县', 'COUNTY', 0, '/1/')");
        sql.execute("""
                insert into regions (id, parent_id, code, name, kind, depth, path)
                select 1 + t, 1, '330000-DEMO-' || t, '镇' || t, case when t <= 4 then 'STREET' else 'TOWNSHIP' end, 1, '/1/' || (1 + t) || '/'
                  from generate_series(1, 29) t""");
        sql.execute("""
                insert into regions (id, parent_id, code, name, kind, depth, path)
                select 31 + v, 2 + v % 29, '330000-DEMO-' || (1 + v % 29) || '-' || (v / 29 + 1), '村' || v, 'VILLAGE', 2,
                       '/1/' || (2 + v % 29) || '/' || (31 + v) || '/'
                  from generate_series(0, 113) v""");
        sql.execute("select setval(pg_get_serial_sequence('regions', 'id'), 200)");
        sql.execute("insert into users (username, nickname, password_hash, roles, region_id, created_at, updated_at) "
                + "values ('staff', '人大办', 'x', 'STAFF', 2, now(), now())");
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(SERVER + DATABASE, "postgres", "");
    }

    private static List<String> column(String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection db = connect(); Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static long number(String query) throws SQLException {
        return Long.parseLong(column(query).get(0));
    }

    @Test
    void everyStateOfAnOpinionIsThere() throws SQLException {
        assertEquals(2000, number("select count(*) from opinions"));
        assertEquals(List.of("ACCEPTED", "CLOSED", "IN_PROGRESS", "MERGED", "REJECTED", "REPLIED", "SUBMITTED", "WITHDRAWN"),
                column("select distinct state from opinions order by 1"));
        assertTrue(number("select count(*) from opinions where flagged") > 0, "some are held for review");
        assertTrue(number("select count(*) from opinions where supervised_at is not null") > 0, "some are overdue and supervised");
        assertTrue(number("select count(*) from opinions where rating is not null") > 0, "some are rated");
        assertTrue(number("select count(*) from opinions where state = 'MERGED' and merged_into_id is null") == 0, "a merge names its target");
        assertTrue(number("select count(distinct date_trunc('month', created_at at time zone 'Asia/Shanghai')) from opinions "
                + "where created_at > now() - interval '365 days'") >= 12, "spread over the last twelve months");
    }

    @Test
    void everyTimelineIsWholeAndEndsInTheOpinionsState() throws SQLException {
        assertEquals(0, number("""
                select count(*) from opinions o
                 where o.version <> (select count(*) - 1 from opinion_events e where e.opinion_id = o.id)
                    or (select max(seq) from opinion_events e where e.opinion_id = o.id)
                       <> (select count(*) from opinion_events e where e.opinion_id = o.id)
                    or o.state <> (select state_after from opinion_events e where e.opinion_id = o.id and e.type <> 'PUBLISH'
                                    order by seq desc limit 1)"""));
        assertEquals(0, number("""
                select count(*) from opinion_events a join opinion_events b on b.opinion_id = a.opinion_id and b.seq = a.seq + 1
                 where b.created_at < a.created_at"""), "numbered in the order they happened");
        assertEquals(0, number("select count(*) from opinions where state in ('REPLIED', 'CLOSED') and rating is null and state = 'CLOSED' "
                + "and not exists (select 1 from opinion_events e where e.opinion_id = opinions.id and e.type = 'AUTO_CLOSED')"));
        assertEquals(0, number("select count(*) from opinions o where o.replied_at is not null "
                + "and not exists (select 1 from opinion_replies r where r.opinion_id = o.id)"), "an answered one has its answer");
        assertEquals(0, number("""
                select (select count(*) from opinions where created_at > now() or published_at > now() or closed_at > now())
                     + (select count(*) from opinion_events where created_at > now())
                     + (select count(*) from opinion_replies where created_at > now())
                     + (select count(*) from opinion_supports where created_at > now())
                     + (select count(*) from suggestion_events where created_at > now())
                     + (select count(*) from bookings where created_at > now())"""), "nothing has happened in the future");
    }

    @Test
    void theStaffQueueTheBoardAndTheSuggestionsHaveWhatReadmePromises() throws SQLException {
        assertTrue(number("select count(*) from opinions where region_path like '/1/2/%'") >= 100, "the demo staff's township");
        assertTrue(number("select count(*) from opinions where published_at is not null") >= 20, "the board");
        assertEquals(0, number("select count(*) from opinions o where o.support_count "
                + "<> (select count(*) from opinion_supports s where s.opinion_id = o.id)"), "supports counted as given");
        assertTrue(number("select count(*) from suggestions") >= 30);
        assertEquals(List.of("ACCEPTED", "ANSWERED", "ASSIGNED", "CLOSED", "DRAFT", "NOT_ACCEPTED", "SUBMITTED", "WITHDRAWN"),
                column("select distinct state from suggestions order by 1"));
        assertEquals(List.of("A", "B", "C"), column("select distinct result_class from suggestion_answers order by 1"));
        assertTrue(number("select count(*) from suggestions where region_path like '/1/2/%' and state <> 'DRAFT'") >= 10,
                "the township's suggestions");
        assertTrue(number("select count(*) from bookings where state = 'ATTENDED'") > 0);
        assertTrue(number("select count(*) from bookings where state = 'BOOKED'") > 0, "reception days still to come");
        assertTrue(number("select count(*) from duty_records where state = 'PUBLISHED'") > 0);
    }

    @Test
    void eightyHandledOpinionsCarryTwoPhotosOfTheirCitizen() throws SQLException {
        assertEquals(80, number("select count(distinct opinion_id) from opinion_photos"));
        assertEquals(0, number("""
                select count(*) from opinions o
                 where o.photo_ids <> '' and (
                       o.photo_ids <> (select string_agg(p.media_id::text, ',' order by p.media_id) from opinion_photos p where p.opinion_id = o.id)
                    or exists (select 1 from opinion_photos p join media m on m.id = p.media_id
                                where p.opinion_id = o.id and (m.owner_id <> o.submitter_id or m.public)))"""),
                "photo_ids name the opinion's photos, which are its citizen's and not public");
        assertEquals(0, number("select count(*) from opinions where photo_ids <> '' and state not in ('ACCEPTED', 'IN_PROGRESS', 'REPLIED', 'CLOSED')"));
    }

    @Test
    void itLoadsInSecondsAndTheSameEveryTime() throws SQLException {
        assertTrue(loading.toSeconds() < 20, "loaded in " + loading);
        assertEquals(plan(), plan(), "planned twice, the county is the same");
    }

    /** Each planned opinion's station, text, kind, stage and deputy, in the order of the row numbers. */
    private static List<String> plan() throws SQLException {
        try (Connection db = connect(); Statement sql = db.createStatement()) {
            db.setAutoCommit(false);
            for (String statement : DemoActivity.statements()) {
                if (statement.startsWith("create temporary table demo_texts") || statement.startsWith("create temporary table demo_plan")) {
                    sql.execute(statement);
                }
            }
            List<String> planned = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery("select concat_ws(' ', p.g, p.station_id, p.category, p.text_n, p.kind, p.stage, p.deputy_id, "
                    + "p.department_id, p.citizen_id, p.published, p.rating) from demo_plan p order by p.g")) {
                while (rows.next()) {
                    planned.add(rows.getString(1));
                }
            }
            db.rollback();
            assertEquals(2000, planned.size());
            return planned;
        }
    }
}
