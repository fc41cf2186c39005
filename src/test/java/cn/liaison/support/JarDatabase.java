package cn.liaison.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The packaged jar's database, for the integration tests, which run outside the application and so
 * cannot reach its pool: over JDBC, at the address the tests give the jar.
 */
public final class JarDatabase {

    private JarDatabase() {
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getenv().getOrDefault("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/test"), "postgres", "");
    }

    /** Regions come from SQL, as a deployment's own import would write them. */
    public static long region(Long parentId, String name, String kind) throws SQLException {
        try (Connection db = connect()) {
            String parentPath = parentId == null ? "/" : single(db, "select path from regions where id = ?", parentId);
            long id;
            try (PreparedStatement insert = db.prepareStatement(
                    "insert into regions (parent_id, code, name, kind, depth, path) values (?, ?, ?, ?, ?, ?) returning id")) {
                insert.setObject(1, parentId);
                // unique within the one jar every integration test shares, whatever names they choose
                insert.setString(2, "it-" + name + "-" + System.nanoTime() % 1_000_000_000L);
                insert.setString(3, name);
                insert.setString(4, kind);
                insert.setInt(5, parentId == null ? 0 : parentPath.split("/").length - 1);
                insert.setString(6, "pending-" + name + "-" + System.nanoTime());
                try (ResultSet r = insert.executeQuery()) {
                    r.next();
                    id = r.getLong(1);
                }
            }
            try (PreparedStatement path = db.prepareStatement("update regions set path = ? where id = ?")) {
                path.setString(1, parentPath + id + "/");
                path.setLong(2, id);
                path.executeUpdate();
            }
            return id;
        }
    }

    /** The one value a query answers, as text. */
    public static String single(String sql, Object... args) throws SQLException {
        try (Connection db = connect()) {
            return single(db, sql, args);
        }
    }

    private static String single(Connection db, String sql, Object... args) throws SQLException {
        try (PreparedStatement q = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                q.setObject(i + 1, args[i]);
            }
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }
}
