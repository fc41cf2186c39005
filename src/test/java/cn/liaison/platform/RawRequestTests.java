package cn.liaison.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Requests no ordinary client sends (they refuse to), written byte by byte on a socket: whatever
 * breaks, be it the request line, a header, an escape or a size, the answer is problem+json with
 * its code and the request's id, as every other refusal is, whether Vert.x's codec, its router or
 * our filters refuse it.
 */
@QuarkusTest
class RawRequestTests {

    private static final String ID = "raw-request-0001";
    private final ObjectMapper json = new ObjectMapper();

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @Test
    void aCutPercentEncodingIsMalformedNotAnEmptyResult() throws IOException {
        Answer answer = get("/api/v1/stations?q=%E5%8C");
        problem(answer, 400, "MALFORMED_REQUEST", "请求无效");
        assertEquals("query", answer.body.at("/errors/0/field").asText(), answer.text);
        problem(get("/api/v1/stations?q=%E5%8"), 400, "MALFORMED_REQUEST", "请求无效");
        problem(get("/api/v1/stations?q=%zz"), 400, "MALFORMED_REQUEST", "请求无效");
        problem(get("/api/v1/stations/%E5"), 400, "MALFORMED_REQUEST", "请求无效");
    }

    @Test
    void bracesAndBracketsThatShouldHaveBeenEncodedAreMalformed() throws IOException {
        for (String target : new String[] { "/api/v1/stations?q={}", "/api/v1/stations?q=[", "/api/v1/stations?q=a|b",
                "/api/v1/stations?q=\"x\"", "/api/v1/stations?q=<b>" }) {
            problem(get(target), 400, "MALFORMED_REQUEST", "请求无效");
        }
        Answer path = get("/api/v1/stations/[1]");
        problem(path, 400, "MALFORMED_REQUEST", "请求无效");
        assertEquals("path", path.body.at("/errors/0/field").asText(), path.text);
    }

    @Test
    void wellFormedTextStillPasses() throws IOException {
        assertEquals(200, get("/api/v1/stations?q=%E9%95%BF").status, "长, percent-encoded");
        assertEquals(200, get("/api/v1/stations?q=a%2Bb&limit=5").status);
        assertEquals(200, get("/api/v1/stations?q=" + "长".repeat(20).replace("长", "%E9%95%BF") + "&limit=5").status);
    }

    @Test
    void textOutsideAsciiMustBePercentEncoded() throws IOException {
        Answer raw = send(("GET /api/v1/stations?q=长 HTTP/1.1\r\nHost: localhost\r\nX-Request-Id: " + ID
                + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        problem(raw, 400, "MALFORMED_REQUEST", "请求无效");
    }

    @Test
    void aControlCharacterInAHeaderIsMalformed() throws IOException {
        Answer idempotency = send(request("POST /api/v1/opinions", Map.of("Idempotency-Key", "key\u0001one",
                "Content-Type", "application/json", "Content-Length", "2"), "{}"));
        problem(idempotency, 400, "MALFORMED_REQUEST", "请求无效");
        problem(send(request("GET /api/v1/regions", Map.of("X-Anything", "a\u007fb"), "")), 400, "MALFORMED_REQUEST", "请求无效");
        problem(send(request("GET /api/v1/regions", Map.of("Bad\u0001Name", "x"), "")), 400, "MALFORMED_REQUEST", "请求无效");
        problem(send(request("GET /api/v1/regions", Map.of("No Colon Here", ""), "")), 400, "MALFORMED_REQUEST", "请求无效");
    }

    @Test
    void aRefusalBeforeTheRestLayerSpeaksTheCallersLanguage() throws IOException {
        Answer answer = send(request("GET /api/v1/regions", orderedHeaders("Accept-Language", "en", "X-Anything", "a\u0001b"), ""));
        problem(answer, 400, "MALFORMED_REQUEST", "Bad request");
        assertEquals("The request could not be read.", answer.body.path("detail").asText());
    }

    @Test
    void aHugeCookieOrHeaderNameIsTooLarge() throws IOException {
        String huge = "c".repeat(100_000);
        problem(send(request("GET /api/v1/regions", Map.of("Cookie", "session=" + huge), "")), 431, "HEADERS_TOO_LARGE",
                "请求头过大");
        problem(send(request("GET /api/v1/regions", Map.of(huge, "x"), "")), 431, "HEADERS_TOO_LARGE", "请求头过大");
    }

    @Test
    void aHugeQueryStringIsTooLong() throws IOException {
        problem(get("/api/v1/stations?q=" + "q".repeat(100_000)), 414, "URI_TOO_LONG", "请求地址过长");
    }

    @Test
    void aLineThatIsNoRequestLineIsMalformed() throws IOException {
        Answer answer = send("GET /api/v1/regions HTTP/1.1 and more\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        assertEquals(400, answer.status, answer.text);
        assertEquals("application/problem+json", answer.contentType, answer.text);
        assertEquals("MALFORMED_REQUEST", answer.body.path("code").asText(), answer.text);
    }

    @Test
    void anUnknownMethodIsNotAllowed() throws IOException {
        problem(send(request("BREW /api/v1/regions", Map.of(), "")), 405, "METHOD_NOT_ALLOWED", "不支持的请求方法");
    }

    private void problem(Answer answer, int status, String code, String title) {
        assertEquals(status, answer.status, answer.text);
        assertEquals("application/problem+json", answer.contentType, answer.text);
        assertEquals(status, answer.body.path("status").asInt(), answer.text);
        assertEquals(code, answer.body.path("code").asText(), answer.text);
        assertEquals("urn:liaison:problem:" + code.toLowerCase(Locale.ROOT).replace('_', '-'), answer.body.path("type").asText(), answer.text);
        assertEquals(title, answer.body.path("title").asText(), answer.text);
        // A request line or headers too long to read leave the request id unread: the answer carries one of ours.
        String id = status == 414 || status == 431 ? answer.headers.get("x-request-id") : ID;
        assertTrue(id != null && !id.isBlank(), answer.text);
        assertEquals(id, answer.body.path("requestId").asText(), answer.text);
        assertEquals(id, answer.headers.get("x-request-id"), answer.text);
        assertTrue(!answer.body.path("detail").asText().isEmpty(), answer.text);
    }

    private static Map<String, String> orderedHeaders(String... namesAndValues) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            headers.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return headers;
    }

    private Answer get(String target) throws IOException {
        return send(request("GET " + target, Map.of(), ""));
    }

    private static byte[] request(String methodAndTarget, Map<String, String> headers, String body) {
        StringBuilder text = new StringBuilder(methodAndTarget).append(" HTTP/1.1\r\nHost: localhost\r\n");
        // The request's id first: a request the codec gives up on is read no further than where it broke.
        Map<String, String> all = new LinkedHashMap<>();
        all.put("X-Request-Id", ID);
        all.putAll(headers);
        all.putIfAbsent("Connection", "close");
        all.forEach((name, value) -> text.append(name).append(value.isEmpty() && name.contains(" ") ? "" : ": ").append(value).append("\r\n"));
        return text.append("\r\n").append(body).toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private Answer send(byte[] request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (IOException e) {
                // The server may refuse and close before it has read all of a huge request: its answer is there to read.
            }
            return Answer.read(socket.getInputStream(), json);
        }
    }

    private record Answer(int status, String contentType, Map<String, String> headers, JsonNode body, String text) {

        /** One answer: its head, then its body as Content-Length says (or up to the end of the connection). */
        static Answer read(InputStream in, ObjectMapper json) throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) >= 0) {
                head.write(b);
                byte[] h = head.toByteArray();
                int n = h.length;
                if (n >= 4 && h[n - 4] == '\r' && h[n - 3] == '\n' && h[n - 2] == '\r' && h[n - 1] == '\n') {
                    break;
                }
            }
            String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
            assertTrue(lines.length > 0 && lines[0].startsWith("HTTP/1."), "no answer: " + head);
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
                }
            }
            byte[] body = headers.containsKey("content-length")
                    ? in.readNBytes(Integer.parseInt(headers.get("content-length")))
                    : in.readAllBytes();
            String text = new String(body, StandardCharsets.UTF_8);
            String type = headers.getOrDefault("content-type", "").split(";")[0].strip();
            JsonNode parsed = text.isBlank() ? json.createObjectNode() : json.readTree(text);
            return new Answer(status, type, headers, parsed, status + " " + headers + " " + text);
        }
    }
}
