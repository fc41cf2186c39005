package cn.liaison.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The Kubernetes manifests the package build generates (quarkus-kubernetes), read as a cluster would
 * read them: a configuration change must not silently drop a probe, a secret or the photo volume.
 * The committed copy in src/main/kubernetes/manifests/ must be what the build generates, as
 * openapi/ must be what the code serves. Runs after package, where target/kubernetes/ exists.
 */
class KubernetesManifestIT {

    private static final Path GENERATED = Path.of("target", "kubernetes", "kubernetes.yml");
    private static final Path COMMITTED = Path.of("src", "main", "kubernetes", "manifests", "kubernetes.yml");

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> documents() throws IOException {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : new Yaml().loadAll(Files.readString(GENERATED))) {
            if (document != null) {
                documents.add((Map<String, Object>) document);
            }
        }
        return documents;
    }

    private static Map<String, Object> kind(List<Map<String, Object>> documents, String kind) {
        return documents.stream().filter(d -> kind.equals(d.get("kind"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in " + GENERATED));
    }

    @SuppressWarnings("unchecked")
    private static <T> T at(Object node, String... path) {
        Object current = node;
        for (String key : path) {
            current = current instanceof List<?> list ? list.get(Integer.parseInt(key)) : ((Map<String, Object>) current).get(key);
            if (current == null) {
                throw new AssertionError("missing " + String.join(".", path));
            }
        }
        return (T) current;
    }

    @Test
    void theDeploymentProbesTheHealthChecksTakesItsSecretsFromASecretAndRunsTwoReplicas() throws IOException {
        List<Map<String, Object>> documents = documents();
        Map<String, Object> deployment = kind(documents, "Deployment");
        assertTrue(this.<Integer>at(deployment, "spec", "replicas") >= 2, "at least two replicas");
        Map<String, Object> container = at(deployment, "spec", "template", "spec", "containers", "0");
        assertEquals("/q/health/live", at(container, "livenessProbe", "httpGet", "path"));
        assertEquals("/q/health/ready", at(container, "readinessProbe", "httpGet", "path"));
        assertEquals("/q/health/started", at(container, "startupProbe", "httpGet", "path"));
        List<Map<String, Object>> envFrom = at(container, "envFrom");
        assertTrue(envFrom.stream().anyMatch(e -> e.containsKey("secretRef") && "liaison-secrets".equals(at(e, "secretRef", "name"))),
                "the JWT keys, crypto key, WeChat secret and database password come from a Secret: " + envFrom);
        assertTrue(envFrom.stream().anyMatch(e -> e.containsKey("configMapRef") && "liaison-config".equals(at(e, "configMapRef", "name"))),
                "the rest from a ConfigMap: " + envFrom);
        assertTrue(at(container, "resources", "requests", "memory") != null && at(container, "resources", "limits", "memory") != null);
        assertEquals("/var/lib/liaison/media", at(container, "volumeMounts", "0", "mountPath"));
        assertEquals("liaison-media", at(deployment, "spec", "template", "spec", "volumes", "0", "persistentVolumeClaim", "claimName"));
        assertEquals(1, this.<Integer>at(kind(documents, "PodDisruptionBudget"), "spec", "minAvailable"));
        assertTrue(documents.stream().noneMatch(d -> "Job".equals(d.get("kind"))), "every instance migrates at start; no migration job");
    }

    @Test
    void theCommittedManifestsAreTheGeneratedOnes() throws IOException {
        assertEquals(Files.readString(GENERATED), Files.readString(COMMITTED),
                "src/main/kubernetes/manifests/kubernetes.yml is stale: copy target/kubernetes/kubernetes.yml over it");
    }
}
