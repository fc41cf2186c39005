package cn.liaison.console;

import java.nio.file.Path;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The packaged jar holds no test secrets: the browser journeys hand it the test profile's, as
 * production hands it real ones, from outside.
 */
public class JarSecrets implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        Path keys = Path.of("src", "test", "resources", "keys").toAbsolutePath();
        return Map.of(
                // The test profile names classpath keys, and a profile's key wins over a plain one.
                "%test.smallrye.jwt.verify.key.location", keys.resolve("test-jwt-keys.json").toUri().toString(),
                "%test.smallrye.jwt.sign.key.location", keys.resolve("test-jwt-keys.json").toUri().toString(),
                "liaison.wechat.app-id", "wx-test-app",
                "liaison.wechat.app-secret", "test-app-secret",
                "liaison.wechat.web-app-id", "wx-test-web",
                "liaison.wechat.web-app-secret", "test-web-secret",
                "liaison.crypto.key", "JuDV+5zhHErU3d3lkEPqbdsJlOzHCnWfQ1iB2Rv5NmY=",
                "liaison.bootstrap.admin-username", "admin",
                "liaison.bootstrap.admin-password", "admin-test-password");
    }

    @Override
    public void stop() {
    }
}
