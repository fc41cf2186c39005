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
    void staffWhoCloseTheExportHalfwayLeaveNoCursorOpen() throws Exception {
        cn.liaison.support.Desk desk = cn.liaison.support.Desk.open("导出");
        long template = desk.submit("导出时断开的连接");
        TestData.sql("""
                insert into opinions (tracking_no, submitter_id, anonymous, confidential, consent_to_publish, station_id, region_path,
                                      kind, title, content, photo_ids, state, due_at, created_at, updated_at)
                select tracking_no || '-' || g, submitter_id, anonymous, confidential, consent_to_publish, station_id, region_path,
                       kind, title, content, photo_ids, 'CLOSED', '9999-12-31', created_at, updated_at
                  from opinions, generate_series(1, 30000) g where id = $1""", template);
        String token = Api.adminToken();
        for (int i = 0; i < 5; i++) {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                socket.setSoLinger(true, 0);
                socket.getOutputStream().write(("GET /api/v1/staff/opinions/export HTTP/1.1\r\nHost: localhost\r\n"
                        + "Accept: text/csv\r\nAuthorization: Bearer " + token + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                socket.getOutputStream().flush();
                byte[] some = socket.getInputStream().readNBytes(4096);
                assertEquals(4096, some.length, "the export had started");
            }
        }
        Thread.sleep(1500);
        assertEquals(0L, TestData.sql("select count(*) from pg_stat_activity where datname = current_database() "
                + "and pid <> pg_backend_pid() and (state = 'idle in transaction' or query like '%left join departments dep%')")
                .iterator().next().getLong(0), "an export's cursor left open");
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
