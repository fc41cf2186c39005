package cn.liaison.platform.crypto;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.Config;

import cn.liaison.platform.config.LiaisonConfig;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;

/**
 * Refuses to start in production with a missing secret or a dev/test default, and says which: a
 * county must not go live with a key that sits in a public repository.
 */
@Singleton
public class ProductionGuard {

    /** SHA-256 of the test crypto key and the dev/test passwords: never acceptable in production. */
    static final Set<String> KNOWN_NON_PRODUCTION = Set.of(
            "c9125863ab85bee3e3e1384faabd778cc2b0dcb6e0a04f6c8f9372e54ed82214",
            Secrets.sha256Hex("admin-dev-password"),
            Secrets.sha256Hex("admin-test-password"),
            Secrets.sha256Hex("staff-dev-password"),
            Secrets.sha256Hex("dev-app-secret"),
            Secrets.sha256Hex("test-app-secret"));
    static final int MIN_ADMIN_PASSWORD = 12;

    void onStart(@Observes StartupEvent event, LiaisonConfig liaison, Config config) {
        // The packaged jar runs the test profile for the browser journeys (ConsoleJourneysIT), with test secrets.
        if (LaunchMode.current() != LaunchMode.NORMAL || ConfigUtils.isProfileActive("test")) {
            return;
        }
        List<String> problems = problems(liaison, config);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start in production:\n - " + String.join("\n - ", problems));
        }
    }

    static List<String> problems(LiaisonConfig liaison, Config config) {
        List<String> problems = new ArrayList<>();
        Optional<String> key = liaison.crypto().key();
        if (key.isEmpty()) {
            problems.add("LIAISON_CRYPTO_KEY is not set (base64 of 32 random bytes: openssl rand -base64 32)");
        } else {
            try {
                byte[] bytes = MasterKey.decode(key.get());
                if (KNOWN_NON_PRODUCTION.contains(Secrets.sha256Hex(bytes))) {
                    problems.add("LIAISON_CRYPTO_KEY is the test key");
                }
            } catch (IllegalStateException e) {
                problems.add(e.getMessage());
            }
        }
        // The features' own settings, read by key: the platform knows no feature's mapping.
        if (config.getOptionalValue("liaison.wechat.app-id", String.class).isEmpty()) {
            problems.add("LIAISON_WECHAT_APP_ID is not set");
        }
        requireSecret(problems, config.getOptionalValue("liaison.wechat.app-secret", String.class), "LIAISON_WECHAT_APP_SECRET");
        Optional<String> adminPassword = config.getOptionalValue("liaison.bootstrap.admin-password", String.class);
        if (adminPassword.isPresent()) {
            String password = adminPassword.get();
            if (password.length() < MIN_ADMIN_PASSWORD) {
                problems.add("LIAISON_BOOTSTRAP_ADMIN_PASSWORD must have at least " + MIN_ADMIN_PASSWORD + " characters");
            }
            requireSecret(problems, Optional.of(password), "LIAISON_BOOTSTRAP_ADMIN_PASSWORD");
        }
        if (config.getOptionalValue("smallrye.jwt.sign.key.location", String.class).isEmpty()) {
            problems.add("SMALLRYE_JWT_SIGN_KEY_LOCATION is not set (the JWK set whose keys sign access tokens)");
        }
        if (config.getOptionalValue("smallrye.jwt.sign.key.id", String.class).isEmpty()) {
            problems.add("SMALLRYE_JWT_SIGN_KEY_ID is not set (the kid of the key in the set that signs new tokens)");
        }
        if (config.getOptionalValue("smallrye.jwt.verify.key.location", String.class).isEmpty()) {
            problems.add("SMALLRYE_JWT_VERIFY_KEY_LOCATION is not set (the JWK set that verifies access tokens: the same file)");
        }
        return problems;
    }

    private static void requireSecret(List<String> problems, Optional<String> value, String name) {
        if (value.isEmpty() || value.get().isBlank()) {
            problems.add(name + " is not set");
        } else if (KNOWN_NON_PRODUCTION.contains(Secrets.sha256Hex(value.get()))) {
            problems.add(name + " is a dev or test default");
        }
    }
}
