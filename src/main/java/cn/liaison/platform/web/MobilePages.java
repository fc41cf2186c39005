package cn.liaison.platform.web;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.FileSystemAccess;
import io.vertx.ext.web.handler.StaticHandler;

/**
 * The citizens' H5 page at /m/, built from src/main/mobile into the jar's {@code mobile-h5/}. A link
 * into the app (/m/pages/opinion/detail?id=42, from the official account's menu or a shared
 * message) is a route of the single-page app, not a file: a browser's navigation there gets the
 * app's page. The page is never cached, so a new release reaches every phone at its next load; the
 * hashed assets are cached for a year, as they never change under their name. Responses are
 * compressed (quarkus.http.enable-compression) for phones on a weak network.
 */
@ApplicationScoped
public class MobilePages {

    static final String ROOT = "/m/";
    private static final String PAGE = "index.html";
    private static final String ASSETS = ROOT + "assets/";
    /** Before the REST layer, which answers every unmatched path with a problem. */
    private static final int BEFORE_REST = 1000;
    private static final long A_YEAR = 365L * 24 * 3600;
    /** Text; the pictures and fonts are compressed already. */
    private static final List<String> COMPRESSED = List.of("text/", "application/javascript", "application/json", "image/svg+xml");

    private final StaticHandler files;

    MobilePages(MobileConfig config) {
        files = config.h5Directory().map(d -> StaticHandler.create(FileSystemAccess.ROOT, d.toAbsolutePath().toString()).setFilesReadOnly(false))
                .orElseGet(() -> StaticHandler.create("mobile-h5"))
                .setIndexPage(PAGE)
                .setCachingEnabled(true)
                .setMaxAgeSeconds(A_YEAR)
                .setDefaultContentEncoding("UTF-8");
    }

    void register(@Observes Router router) {
        router.route(ROOT + "*").order(BEFORE_REST).handler(this::page);
    }

    private void page(RoutingContext context) {
        HttpMethod method = context.request().method();
        if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
            context.next();
            return;
        }
        String path = context.normalizedPath();
        if (path.equals("/m")) { // a route of /m/* matches /m too
            context.redirect(ROOT);
            return;
        }
        if (isAppRoute(path)) {
            context.reroute(ROOT);
            return;
        }
        HttpServerResponse response = context.response();
        context.addHeadersEndHandler(nothing -> {
            if (!path.startsWith(ASSETS)) {
                response.putHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
            }
            // Quarkus marks every answer "identity" unless its route lets compression happen.
            String type = response.headers().get(HttpHeaders.CONTENT_TYPE);
            if (type != null && COMPRESSED.stream().anyMatch(type::startsWith)) {
                response.headers().remove(HttpHeaders.CONTENT_ENCODING);
            }
        });
        files.handle(context);
    }

    /** A path under the app that names no file: no dot in its last segment. */
    static boolean isAppRoute(String path) {
        return !path.equals(ROOT) && path.startsWith(ROOT) && path.indexOf('.', path.lastIndexOf('/')) < 0;
    }
}
