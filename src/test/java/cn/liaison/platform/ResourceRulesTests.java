package cn.liaison.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.ws.rs.Path;

import org.junit.jupiter.api.Test;

import cn.liaison.platform.web.FinishesOnDisconnect;

/** Rules every REST resource follows, checked over the compiled classes. */
class ResourceRulesTests {

    @Test
    void everyResourceFinishesItsWorkWhenTheClientHangsUp() throws Exception {
        List<String> unshielded = new ArrayList<>();
        List<Class<?>> resources = resources();
        for (Class<?> resource : resources) {
            if (!resource.isAnnotationPresent(FinishesOnDisconnect.class)) {
                unshielded.add(resource.getName());
            }
        }
        assertFalse(resources.isEmpty());
        assertTrue(unshielded.isEmpty(), "resources without @FinishesOnDisconnect: " + unshielded);
    }

    private static List<Class<?>> resources() throws Exception {
        java.nio.file.Path root = java.nio.file.Path.of("target", "classes");
        List<Class<?>> found = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(root)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (name.contains("$")) {
                    continue;
                }
                Class<?> type = Class.forName(name, false, ResourceRulesTests.class.getClassLoader());
                if (type.isAnnotationPresent(Path.class)) {
                    found.add(type);
                }
            }
        }
        return found;
    }
}
