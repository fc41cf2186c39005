package cn.liaison.platform.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which clients get the gzipped bytes: what browsers, proxies and hand-written clients send. */
class PreparedJsonTests {

    @Test
    void gzipIsSentOnlyToAClientThatAllowsIt() {
        assertTrue(PreparedJson.acceptsGzip("gzip, deflate, br, zstd"));
        assertTrue(PreparedJson.acceptsGzip("GZIP"));
        assertTrue(PreparedJson.acceptsGzip("br;q=1.0, gzip;q=0.8, *;q=0.1"));
        assertTrue(PreparedJson.acceptsGzip("x-gzip"));
        assertTrue(PreparedJson.acceptsGzip("*"));

        assertFalse(PreparedJson.acceptsGzip(null));
        assertFalse(PreparedJson.acceptsGzip(""));
        assertFalse(PreparedJson.acceptsGzip("identity"));
        assertFalse(PreparedJson.acceptsGzip("deflate, br"));
        assertFalse(PreparedJson.acceptsGzip("gzip;q=0"));
        assertFalse(PreparedJson.acceptsGzip("gzip; q=0.000, *"));
        assertFalse(PreparedJson.acceptsGzip("*;q=0"));
        assertFalse(PreparedJson.acceptsGzip("gzip;q=nonsense"));
        assertFalse(PreparedJson.acceptsGzip("gzipped, xgzip"));
    }
}
