package cn.liaison.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The staff console's pages (served by Quinoa under /console/). A link into the console, such as
 * /console/opinions/42, is a route of the single-page app, not a file: it gets the app's page,
 * which then shows the opinion. Quinoa's own SPA fallback never sees such a path, since the REST
 * layer answers every unmatched path with a problem first. Only a browser's navigation (Accept:
 * text/html) is sent to the page, so that Vite's modules in dev mode ({@code /console/@vite/client})
 * pass. The page itself is never cached, so a new release reaches every office at its next load;
 * the hashed assets are.
 */
@ApplicationScoped
public class ConsolePages {

    static final String ROOT = "/console/";
    /** Before Quinoa's static files (order 1100). */
    private static final int BEFORE_QUINOA = 1000;

    void register(@Observes Router router) {
        router.route(ROOT + "*").order(BEFORE_QUINOA).handler(this::page);
    }

    private void page(RoutingContext context) {
        HttpMethod method = context.request().method();
        String path = context.normalizedPath();
        if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
            context.next();
            return;
        }
        String accept = context.request().getHeader("Accept");
        if (isAppRoute(path) && accept != null && accept.contains("text/html")) {
            context.reroute(ROOT);
            return;
        }
        if (path.equals(ROOT) || path.endsWith(".html")) {
            context.addHeadersEndHandler(nothing -> context.response().putHeader("Cache-Control", "no-cache"));
        }
        context.next();
    }

    /** A path under the console that names no file: no dot in its last segment. */
    static boolean isAppRoute(String path) {
        return !path.equals(ROOT) && path.startsWith(ROOT) && path.indexOf('.', path.lastIndexOf('/')) < 0;
    }
}
