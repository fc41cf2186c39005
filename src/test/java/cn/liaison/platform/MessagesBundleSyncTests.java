package cn.liaison.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import cn.liaison.platform.error.ErrorCode;

/** The Chinese and English problem texts must cover the same keys, and every error code. */
class MessagesBundleSyncTests {

    @Test
    void bothLanguagesHaveTheSameKeys() throws Exception {
        assertEquals(keys("messages/problems.properties"), keys("messages/problems_en.properties"));
    }

    @Test
    void everyErrorCodeHasATextAndATitle() throws Exception {
        Set<String> keys = keys("messages/problems.properties");
        for (ErrorCode code : ErrorCode.values()) {
            assertTrue(keys.contains(code.name()), "no text for " + code);
            assertTrue(keys.contains("title." + code.status()), "no title for status " + code.status());
        }
    }

    private static Set<String> keys(String resource) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = MessagesBundleSyncTests.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
