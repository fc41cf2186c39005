package cn.liaison.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import cn.liaison.support.Api;
import cn.liaison.support.People;

/**
 * Reads what the service logged during the whole test run (the tests bind phones, sign in with
 * passwords and tokens, and fail on purpose) and finds no phone number, token, password or secret:
 * personal data and keys never reach a log line. Runs after the tests, in {@code ./mvnw verify}.
 */
class LogScanIT {

    private static final Map<String, Pattern> SHAPES = Map.of(
            "a mainland mobile number", Pattern.compile("(?<![0-9A-Za-z])1[3-9][0-9]{9}(?![0-9A-Za-z])"),
            "an access token (JWT)", Pattern.compile("eyJ[A-Za-z0-9_-]{10,}\\.eyJ[A-Za-z0-9_-]{10,}\\."),
            "a refresh token", Pattern.compile("(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])"),
            "a password or secret of the test run", Pattern.compile(String.join("|", List.of(Pattern.quote(People.STAFF_PASSWORD),
                    Pattern.quote(Api.ADMIN_PASSWORD), "test-app-secret", "PLATFORM-TOKEN", Pattern.quote("JuDV+5zhHErU3d3l")))));

    @Test
    void noLineOfTheTestRunHoldsAPhoneATokenOrASecret() throws IOException {
        List<Path> logs;
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            logs = files.filter(p -> p.getFileName().toString().startsWith("quarkus-tests.log")).toList();
        }
        assertFalse(logs.isEmpty(), "no test log in target/: run the tests (./mvnw verify) first");
        long lines = 0;
        List<String> found = new ArrayList<>();
        for (Path log : logs) {
            for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                lines++;
                SHAPES.forEach((what, shape) -> {
                    if (shape.matcher(line).find()) {
                        found.add(log.getFileName() + " holds " + what + ": " + line);
                    }
                });
            }
        }
        assertTrue(lines > 100, "the test run logged only " + lines + " lines");
        assertTrue(found.isEmpty(), String.join("\n", found));
    }
}
