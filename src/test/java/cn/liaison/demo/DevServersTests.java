package cn.liaison.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What dev mode starts on a machine with only a JDK: a PostgreSQL with the extensions the
 * migrations create (as root too, where PostgreSQL itself refuses), and a Redis; and nothing where
 * a server already answers. Plain JUnit: the binaries are left out of the Quarkus test build.
 */
class DevServersTests {

    @TempDir
    Path home;

    /** A project folder others may enter, as a checkout is: as root, PostgreSQL runs as nobody. */
    @BeforeEach
    void enterable() throws Exception {
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void postgresStartsWhereNothingAnswersWithTheExtensionsTheMigrationsNeed() throws Exception {
        String address = "127.0.0.1:" + freePort();
        DevServers servers = new DevServers(home);
        try (DevServers.Running postgres = servers.postgres(address)) {
            assertNotNull(postgres, "nothing answered, so one was started");
            try (Connection connection = DriverManager.getConnection("jdbc:postgresql://" + address + "/postgres", "postgres", "");
                    Statement sql = connection.createStatement()) {
                sql.execute("create extension if not exists pg_trgm");
                sql.execute("create extension if not exists btree_gist");
                ResultSet similar = sql.executeQuery("select similarity('村口道路坑洼积水', '村口道路积水')");
                similar.next();
                assertTrue(similar.getDouble(1) > 0.3, "pg_trgm reads Chinese characters as word characters");
            }
            assertNull(servers.postgres(address), "a server answers there now: it wins");
        }
        assertTrue(Files.exists(home.resolve("postgres/PG_VERSION")), "its data stays for the next start");
    }

    @Test
    void redisStartsWhereNothingAnswers() throws Exception {
        int port = freePort();
        try (DevServers.Running redis = new DevServers(home).redis("127.0.0.1:" + port)) {
            assertNotNull(redis);
            try (Socket socket = new Socket("127.0.0.1", port); OutputStream out = socket.getOutputStream()) {
                out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                assertEquals("+PONG", new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine());
            }
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
