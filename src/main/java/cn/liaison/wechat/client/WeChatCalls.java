package cn.liaison.wechat.client;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.mutiny.Uni;

/**
 * Every call to WeChat, guarded by SmallRye Fault Tolerance: a time limit, a circuit breaker per
 * call (when WeChat keeps failing, callers are answered at once instead of waiting), and a retry
 * for the calls that are safe to repeat (the platform token, the text check and the station code,
 * which read; not a login or phone code, which WeChat takes once, nor a message, which would be
 * sent twice). Each method has its own circuit. The numbers are in application.properties: the time
 * limit and the circuit's under {@code quarkus.fault-tolerance."cn.liaison.wechat.client.WeChatCalls"}
 * (they apply to the class's annotations), a method's own under {@code "…WeChatCalls/<method>"}.
 *
 * <p>A failure here is WeChat failing: no answer in time, a broken connection, an HTTP error, a body
 * that is no JSON object, or WeChat's own "system busy" ({@code errcode -1}). WeChat's other
 * {@code errcode}s are answers, for the caller to read, and do not open the circuit. Callers map the
 * failures to 503 WECHAT_UNAVAILABLE ({@link WeChatReplies#unavailable}).
 */
@ApplicationScoped
@Timeout
@CircuitBreaker
public class WeChatCalls {

    private static final Logger LOG = Logger.getLogger(WeChatCalls.class);
    private static final int BUSY = -1;

    private final WeChatClient client;

    public WeChatCalls(@RestClient WeChatClient client) {
        this.client = client;
    }

    public Uni<JsonNode> login(String appId, String secret, String code) {
        return answer("jscode2session", client.jscode2session(appId, secret, code, "authorization_code"));
    }

    public Uni<JsonNode> webLogin(String appId, String secret, String code) {
        return answer("sns/oauth2/access_token", client.oauth2AccessToken(appId, secret, code, "authorization_code"));
    }

    @Retry(abortOn = CircuitBreakerOpenException.class)
    public Uni<JsonNode> stableToken(Map<String, Object> body) {
        return answer("stable_token", client.stableToken(body));
    }

    public Uni<JsonNode> phoneNumber(String accessToken, Map<String, Object> body) {
        return answer("getuserphonenumber", client.userPhoneNumber(accessToken, body));
    }

    @Retry(abortOn = CircuitBreakerOpenException.class)
    public Uni<JsonNode> checkText(String accessToken, Map<String, Object> body) {
        return answer("msg_sec_check", client.checkText(accessToken, body));
    }

    public Uni<JsonNode> sendSubscribeMessage(String accessToken, Map<String, Object> body) {
        return answer("subscribe/send", client.sendSubscribeMessage(accessToken, body));
    }

    /** The image, or WeChat's JSON error in its place (the content type tells which). */
    @Retry(abortOn = CircuitBreakerOpenException.class)
    public Uni<Image> unlimitedCode(String accessToken, Map<String, Object> body) {
        return client.unlimitedCode(accessToken, body).map(response -> {
            try (Response closing = response) {
                String type = response.getMediaType() == null ? "" : response.getMediaType().toString();
                return new Image(type, response.readEntity(byte[].class));
            }
        });
    }

    private static Uni<JsonNode> answer(String name, Uni<String> call) {
        return call.map(body -> {
            JsonNode reply = WeChatReplies.parse(body);
            if (WeChatReplies.errcode(reply) == BUSY) {
                LOG.warnf("%s failed: errcode -1 (WeChat busy)", name);
                throw new WeChatBusy();
            }
            return reply;
        });
    }

    /** WeChat's bytes and their content type. */
    public record Image(String contentType, byte[] bytes) {
    }

    /** WeChat said it is busy ({@code errcode -1}): a failure of WeChat, counted by the circuit breaker. */
    public static final class WeChatBusy extends RuntimeException {

        WeChatBusy() {
            super("WeChat answered errcode -1 (system busy)", null, false, false);
        }
    }
}
