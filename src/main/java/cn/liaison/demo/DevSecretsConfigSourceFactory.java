package cn.liaison.demo;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.logging.Logger;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * In dev mode only: generates the token key (a JWK set of one HS256 key) and the field-encryption key into {@code .dev-secrets/}
 * (kept across restarts, ignored by git), so that no key is ever committed; starts PostgreSQL and
 * Redis where nothing answers (DevServers); and creates the dev database when it is missing, since
 * Flyway migrates it while Quarkus boots. Explicit settings win: this source has a low ordinal.
 */
public class DevSecretsConfigSourceFactory implements ConfigSourceFactory {

    private static final Logger LOG = Logger.getLogger(DevSecretsConfigSourceFactory.class);
    private static final Path DIR = Path.of(".dev-secrets");
    private static final int ORDINAL = 50;
    private static final String DEV_KEY_ID = "dev";
    private static final Pattern JDBC_URL = Pattern.compile("jdbc:postgresql://([^/]+)/([A-Za-z0-9_]+).*");

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (!context.getProfiles().contains("dev")) {
            return List.of();
        }
        try {
            Files.createDirectories(DIR);
            Path tokenKeys = DIR.resolve("jwt-keys.json");
            Path cryptoKey = DIR.resolve("crypto.key");
            if (!Files.exists(tokenKeys)) {
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                Files.writeString(tokenKeys, "{\"keys\":[{\"kty\":\"oct\",\"kid\":\"" + DEV_KEY_ID + "\",\"alg\":\"HS256\",\"use\":\"sig\",\"k\":\""
                        + Base64.getUrlEncoder().withoutPadding().encodeToString(key) + "\"}]}");
            }
            if (!Files.exists(cryptoKey)) {
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                Files.writeString(cryptoKey, Base64.getEncoder().encodeToString(key));
            }
            String postgres = value(context, "dev-mode.postgres").orElse("127.0.0.1:5432");
            DevServers servers = new DevServers(Path.of(".dev-data"));
            startWhenAbsent(() -> servers.postgres(postgres), "PostgreSQL", postgres);
            value(context, "dev-mode.redis").ifPresent(redis -> startWhenAbsent(() -> servers.redis(redis), "Redis", redis));
            ensureDatabase(value(context, "quarkus.datasource.jdbc.url").map(url -> url.replace("${dev-mode.postgres}", postgres)),
                    value(context, "quarkus.datasource.username"));
            return List.of(new PropertiesConfigSource(Map.of(
                    "smallrye.jwt.sign.key.location", tokenKeys.toAbsolutePath().toString(),
                    "smallrye.jwt.sign.key.id", DEV_KEY_ID,
                    "smallrye.jwt.verify.key.location", tokenKeys.toAbsolutePath().toString(),
                    "liaison.crypto.key", Files.readString(cryptoKey, StandardCharsets.US_ASCII).trim()),
                    "dev-secrets", ORDINAL));
        } catch (Exception e) {
            throw new IllegalStateException("Could not prepare dev secrets in " + DIR.toAbsolutePath(), e);
        }
    }

    private interface Start {
        DevServers.Running run() throws Exception;
    }

    /**
     * Starts a dev server where nothing answers (DevServers) and stops it when dev mode ends; when
     * that fails, dev mode goes on and says why.
     */
    private static void startWhenAbsent(Start start, String what, String address) {
        try {
            DevServers.Running started = start.run();
            if (started != null) {
                Runtime.getRuntime().addShutdownHook(new Thread(started::close));
            }
        } catch (Exception e) {
            LOG.warnf("Nothing answers at %s and no %s could be started there: %s", address, what, e.getMessage());
        }
    }

    private static Optional<String> value(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue("%dev." + name);
        if (value == null || value.getValue() == null) {
            value = context.getValue(name);
        }
        return Optional.ofNullable(value == null ? null : value.getValue());
    }

    private static void ensureDatabase(Optional<String> jdbcUrl, Optional<String> user) {
        Matcher url = JDBC_URL.matcher(jdbcUrl.orElse(""));
        if (!url.matches()) {
            return;
        }
        String database = url.group(2);
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://" + url.group(1) + "/postgres",
                user.orElse("postgres"), "");
                PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            if (!exists.executeQuery().next()) {
                LOG.infof("Creating the dev database %s", database);
                connection.createStatement().execute("create database " + database);
            }
        } catch (SQLException e) {
            LOG.warnf("Could not check the dev database %s: %s", database, e.getMessage());
        }
    }
}
