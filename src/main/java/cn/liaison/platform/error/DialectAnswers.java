package cn.liaison.platform.error;

import java.lang.annotation.Annotation;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Rewrites, on the way out, a problem that an exception mapper answered into the dialect of its
 * path: every mapper (validation, security, outages, rate limits) keeps building one problem, and no
 * feature maps errors a second time.
 */
public class DialectAnswers {

    private static final Annotation[] NONE = new Annotation[0];

    private final ErrorDialects dialects;

    public DialectAnswers(ErrorDialects dialects) {
        this.dialects = dialects;
    }

    @ServerResponseFilter
    public void rewrite(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof Problem problem) {
            dialects.of(request.getUriInfo().getRequestUri().getRawPath())
                    .ifPresent(dialect -> response.setEntity(dialect.body(problem), NONE, MediaType.valueOf(dialect.mediaType())));
        }
    }
}
