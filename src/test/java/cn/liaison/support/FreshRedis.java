package cn.liaison.support;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Empties the tests' Redis database before the application starts, as PostgreSQL is cleaned by
 * Flyway: ids restart with every run, and nothing cached under them may outlive the run.
 */
@QuarkusTestResource(value = FreshRedis.class, restrictToAnnotatedClass = false)
public class FreshRedis implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        URI redis = URI.create(System.getenv().getOrDefault("QUARKUS_REDIS_HOSTS", "redis://127.0.0.1:6379/1"));
        String database = redis.getPath() == null || redis.getPath().length() < 2 ? "1" : redis.getPath().substring(1);
        try (Socket socket = new Socket(redis.getHost(), redis.getPort() < 0 ? 6379 : redis.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("SELECT " + database + "\r\nFLUSHDB\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            in.readNBytes(10); // "+OK\r\n+OK\r\n"
        } catch (Exception e) {
            throw new IllegalStateException("The tests need Redis at " + redis, e);
        }
        return Map.of();
    }

    @Override
    public void stop() {
    }
}
