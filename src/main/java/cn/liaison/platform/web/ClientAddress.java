package cn.liaison.platform.web;

import io.vertx.core.http.HttpServerRequest;

/**
 * The caller's address for rate limits. Behind a load balancer, set
 * {@code quarkus.http.proxy.proxy-address-forwarding} and {@code trusted-proxies} so that Vert.x
 * reports the forwarded address and a client cannot forge it.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServerRequest request) {
        var address = request.remoteAddress();
        return address == null ? "unknown" : address.hostAddress();
    }
}
