package cn.liaison.platform.error;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

/**
 * Which error dialect, if any, a path speaks. The REST layer's answers are rewritten by
 * {@link DialectAnswers}; what Vert.x refuses before the REST layer asks here too
 * (platform/web/BareProblems).
 */
@ApplicationScoped
public class ErrorDialects {

    private final List<ErrorDialect> dialects;

    public ErrorDialects(Instance<ErrorDialect> dialects) {
        this.dialects = dialects.stream().toList();
    }

    public Optional<ErrorDialect> of(String path) {
        if (path == null) {
            return Optional.empty();
        }
        return dialects.stream().filter(d -> d.covers(path)).findFirst();
    }
}
