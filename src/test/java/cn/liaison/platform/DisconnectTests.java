package cn.liaison.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import cn.liaison.support.Api;
import cn.liaison.support.TestData;
import cn.liaison.support.WeChatDouble;
import io.quarkus.test.junit.QuarkusTest;

/** Phones on weak networks drop connections mid-request; no database connection may be lost to it. */
@QuarkusTest
class DisconnectTests {

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @Test
    void clientsThatHangUpMidRequestLeaveNoTransactionOpen() throws Exception {
        Random random = new Random(42);
        for (int i = 0; i < 150; i++) {
            String code = "code-hangup-" + i;
            WeChatDouble.citizen(code, "openid-hangup-" + (i % 10));
            String body = "{\"code\":\"" + code + "\"}";
            try (Socket socket = new Socket("127.0.0.1", port)) {
                socket.setSoLinger(true, 0); // close with a reset, as a dropped mobile connection does
                OutputStream out = socket.getOutputStream();
                out.write(("POST /api/v1/auth/wechat-login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Content-Length: " + body.length() + "\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8));
                out.flush();
                Thread.sleep(random.nextInt(12));
            }
        }
        Thread.sleep(1500);
        assertEquals(0L, TestData.sql("select count(*) from pg_stat_activity where datname = current_database() "
                + "and state = 'idle in transaction' and pid <> pg_backend_pid()").iterator().next().getLong(0),
                "connections left idle in transaction");
        Api.wechatLogin(newCode()).statusCode(200);
    }

    @Test
    void postgresqlEndsATransactionTheApplicationAbandoned() {
        assertEquals("30s", TestData.sql("show idle_in_transaction_session_timeout").iterator().next().getString(0));
    }

    private static String newCode() {
        WeChatDouble.citizen("code-after-hangups", "openid-after-hangups");
        return "code-after-hangups";
    }
}
