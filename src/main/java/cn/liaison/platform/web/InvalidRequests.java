package cn.liaison.platform.web;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;

import org.jboss.logging.Logger;

import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.error.ErrorCode;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.quarkus.vertx.http.HttpServerStart;
import io.vertx.core.Handler;
import io.vertx.core.Verticle;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.impl.Deployment;
import io.vertx.core.impl.VertxInternal;

/**
 * Answers a request the HTTP codec could not read (a control character in a header, a header name
 * that is no token, a request line over quarkus.http.limits.max-initial-line-length, headers over
 * max-header-size, a request line that is no request line) with a problem: 400 MALFORMED_REQUEST,
 * 414 URI_TOO_LONG or 431 HEADERS_TOO_LARGE, then closes the connection, since the codec cannot
 * go on reading it. Vert.x answers such a request with its server's invalid-request handler,
 * bare; Quarkus creates the server and offers no hook to set that handler. So once the HTTP
 * servers listen, this puts ours in the place each server's connections take theirs from (their
 * connection handler), and puts {@link WellFormedTargets}'s check of the target before Quarkus's
 * request handler, whose own check of the target answers bare too. Should a Vert.x release move that place, the servers keep answering bare
 * and a warning at start says so (RawRequestTests fail too).
 */
@ApplicationScoped
public class InvalidRequests {

    private static final Logger LOG = Logger.getLogger(InvalidRequests.class);
    private static final long RETRY_MILLIS = 20;
    private static final int MAX_TRIES = 250;

    private final BareProblems problems;
    private final WellFormedTargets targets;
    private final Handler<HttpServerRequest> answer = this::answer;

    public InvalidRequests(BareProblems problems, WellFormedTargets targets) {
        this.problems = problems;
        this.targets = targets;
    }

    void answer(HttpServerRequest request) {
        Throwable cause = request.decoderResult().cause();
        ErrorCode code = cause instanceof TooLongHttpLineException ? ErrorCode.URI_TOO_LONG
                : cause instanceof TooLongHttpHeaderException ? ErrorCode.HEADERS_TOO_LARGE
                : ErrorCode.MALFORMED_REQUEST;
        LOG.debugf("Unreadable request answered %s: %s", code, cause);
        problems.send(request, new ApiException(code), true);
    }

    void onListening(@ObservesAsync HttpServerStart start, Vertx vertx) {
        install(vertx, 1);
    }

    /**
     * The verticles that serve HTTP start one per event loop, each with its own server; the event
     * comes when the first listens. Servers not yet listening are tried again a little later.
     */
    private void install(Vertx vertx, int attempt) {
        List<HttpServer> servers = servers(vertx);
        int waiting = 0;
        for (HttpServer server : servers) {
            Result result = installOn(server);
            if (result == Result.NOT_LISTENING) {
                waiting++;
            } else if (result == Result.UNKNOWN_SHAPE) {
                LOG.warnf("Requests the HTTP codec cannot read are answered without a problem body: %s has changed shape",
                        server.getClass().getName());
                return;
            }
        }
        if ((waiting > 0 || servers.isEmpty()) && attempt < MAX_TRIES) {
            vertx.setTimer(RETRY_MILLIS, id -> install(vertx, attempt + 1));
        } else if (waiting > 0 || servers.isEmpty()) {
            LOG.warnf("%d HTTP servers still not listening: their unreadable requests are answered bare", waiting);
        }
    }

    /** Every HTTP server a verticle holds (one per event loop, plus HTTPS or the management port if set up). */
    private static List<HttpServer> servers(Vertx vertx) {
        List<HttpServer> servers = new ArrayList<>();
        VertxInternal internal = (VertxInternal) vertx;
        for (String id : vertx.deploymentIDs()) {
            Deployment deployment = internal.getDeployment(id);
            if (deployment == null) {
                continue;
            }
            for (Verticle verticle : deployment.getVerticles()) {
                for (Class<?> type = verticle.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
                    for (Field field : type.getDeclaredFields()) {
                        if (HttpServer.class.isAssignableFrom(field.getType())) {
                            Object server = read(field, verticle);
                            if (server instanceof HttpServer http && servers.stream().noneMatch(s -> s == http)) {
                                servers.add(http);
                            }
                        }
                    }
                }
            }
        }
        return servers;
    }

    private enum Result { DONE, NOT_LISTENING, UNKNOWN_SHAPE }

    /**
     * A server, once listening, holds its connection handler (HttpServerConnectionHandler) in the
     * worker that sets up each accepted channel (HttpServerWorker); that handler gives every new
     * connection its invalid-request handler.
     */
    private Result installOn(HttpServer server) {
        try {
            Field childHandler = field(server.getClass(), "childHandler");
            Object worker = read(childHandler, server);
            if (worker == null) {
                return Result.NOT_LISTENING;
            }
            Object connectionHandler = read(field(worker.getClass(), "connectionHandler"), worker);
            Field invalid = field(connectionHandler.getClass(), "invalidRequestHandler");
            if (read(invalid, connectionHandler) != answer) {
                invalid.set(connectionHandler, answer);
            }
            Field requests = field(connectionHandler.getClass(), "requestHandler");
            if (read(requests, connectionHandler) instanceof Handler<?> handler && !(handler instanceof TargetsFirst)) {
                @SuppressWarnings("unchecked")
                Handler<HttpServerRequest> quarkus = (Handler<HttpServerRequest>) handler;
                requests.set(connectionHandler, new TargetsFirst(targets, quarkus));
            }
            return Result.DONE;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debugf(e, "Cannot reach the invalid-request handler of %s", server);
            return Result.UNKNOWN_SHAPE;
        }
    }

    /**
     * Quarkus's first handler refuses a target java.net.URI cannot parse with a bare 400, before any
     * route: ours looks at the target first and answers the problem.
     */
    private record TargetsFirst(WellFormedTargets targets, Handler<HttpServerRequest> next) implements Handler<HttpServerRequest> {
        @Override
        public void handle(HttpServerRequest request) {
            if (!targets.refused(request)) {
                next.handle(request);
            }
        }
    }

    private static Field field(Class<?> type, String name) throws NoSuchFieldException {
        for (Class<?> at = type; at != null; at = at.getSuperclass()) {
            try {
                Field field = at.getDeclaredField(name);
                field.setAccessible(true);
                return field;
            } catch (NoSuchFieldException e) {
                // look further up
            }
        }
        throw new NoSuchFieldException(type.getName() + "." + name);
    }

    private static Object read(Field field, Object owner) {
        try {
            field.setAccessible(true);
            return field.get(owner);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
