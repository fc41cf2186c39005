package cn.liaison.platform.crypto;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.liaison.identity.BootstrapConfig;
import cn.liaison.platform.config.LiaisonConfig;
import cn.liaison.wechat.WeChatConfig;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

class ProductionGuardTests {

    private static final String REAL_KEY = "q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq80=";

    private static List<String> problems(Map<String, String> values) {
        // The features' mappings too, which claim their keys as the application does.
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(LiaisonConfig.class)
                .withMapping(WeChatConfig.class).withMapping(BootstrapConfig.class)
                .withConverter(Duration.class, 200, new DurationConverter())
                .withDefaultValues(values).build();
        return ProductionGuard.problems(config.getConfigMapping(LiaisonConfig.class), config);
    }

    private static Map<String, String> complete() {
        Map<String, String> values = new HashMap<>();
        values.put("liaison.crypto.key", REAL_KEY);
        values.put("liaison.wechat.app-id", "wx1234567890");
        values.put("liaison.wechat.app-secret", "a-real-secret-from-the-console");
        values.put("liaison.bootstrap.admin-username", "admin");
        values.put("liaison.bootstrap.admin-password", "a-long-real-password");
        values.put("smallrye.jwt.sign.key.location", "/run/secrets/jwt-keys.json");
        values.put("smallrye.jwt.sign.key.id", "2026-12");
        values.put("smallrye.jwt.verify.key.location", "/run/secrets/jwt-keys.json");
        return values;
    }

    @Test
    void aCompleteConfigurationStarts() {
        assertThat(problems(complete()), empty());
    }

    @Test
    void missingSecretsAreNamed() {
        List<String> problems = problems(Map.of());
        assertThat(problems, hasItem(startsWith("LIAISON_CRYPTO_KEY is not set")));
        assertThat(problems, hasItem(startsWith("LIAISON_WECHAT_APP_SECRET is not set")));
        assertThat(problems, hasItem(startsWith("SMALLRYE_JWT_SIGN_KEY_LOCATION is not set")));
        assertThat(problems, hasItem(startsWith("SMALLRYE_JWT_SIGN_KEY_ID is not set")));
        assertThat(problems, hasItem(startsWith("SMALLRYE_JWT_VERIFY_KEY_LOCATION is not set")));
    }

    @Test
    void devAndTestDefaultsAreRefused() throws Exception {
        Map<String, String> values = complete();
        var test = new java.util.Properties();
        try (var in = getClass().getClassLoader().getResourceAsStream("META-INF/microprofile-config.properties")) {
            test.load(in);
        }
        values.put("liaison.crypto.key", test.getProperty("liaison.crypto.key"));
        values.put("liaison.wechat.app-secret", "test-app-secret");
        values.put("liaison.bootstrap.admin-password", "admin-dev-password");
        List<String> problems = problems(values);
        assertThat(problems, hasItem("LIAISON_CRYPTO_KEY is the test key"));
        assertThat(problems, hasItem("LIAISON_WECHAT_APP_SECRET is a dev or test default"));
        assertThat(problems, hasItem("LIAISON_BOOTSTRAP_ADMIN_PASSWORD is a dev or test default"));
    }

    @Test
    void aShortKeyIsRefused() {
        Map<String, String> values = complete();
        values.put("liaison.crypto.key", "c2hvcnQ=");
        assertThat(problems(values), hasItem(startsWith("liaison.crypto.key must decode to 32 bytes")));
    }
}
