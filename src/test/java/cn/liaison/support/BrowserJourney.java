package cn.liaison.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One run of an app's Playwright journeys ({@code e2e/journeys.mjs}, in Debian's headless Chromium)
 * against the packaged jar: its output is printed and kept beside the screenshots, and a failed
 * journey fails the test with that output.
 */
public final class BrowserJourney {

    private BrowserJourney() {
    }

    public static void passes(Path app, Path screens, String name, Map<String, String> environment) throws IOException, InterruptedException {
        passes(app, "e2e/journeys.mjs", screens, name, environment);
    }

    /** The same for another script of the app's journeys (e2e/work-journeys.mjs, say). */
    public static void passes(Path app, String script, Path screens, String name, Map<String, String> environment)
            throws IOException, InterruptedException {
        Files.createDirectories(screens);
        Path log = screens.resolve(name + ".log");
        ProcessBuilder journeys = new ProcessBuilder("node", script)
                .directory(app.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        journeys.environment().putAll(environment);
        journeys.environment().put("SCREENS", screens.toAbsolutePath().toString());
        Process process = journeys.start();
        process.getOutputStream().close();
        int exit;
        if (process.waitFor(6, TimeUnit.MINUTES)) {
            exit = process.exitValue();
        } else {
            process.destroyForcibly();
            exit = -1;
        }
        String output = Files.readString(log);
        System.out.println(output);
        assertEquals(0, exit, () -> name + " failed (screenshots in " + screens + "):\n" + output);
    }
}
