package cn.liaison.wechat.client;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.jboss.logging.Logger;

import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.error.ErrorCode;
import io.smallrye.mutiny.Uni;

/** Parses WeChat's answers, whatever their content type, and maps transport failures to 503. */
public final class WeChatReplies {

    private static final Logger LOG = Logger.getLogger(WeChatReplies.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private WeChatReplies() {
    }

    /** Every call: bounded in time, transport failures mapped to WECHAT_UNAVAILABLE, body parsed as JSON. */
    public static Uni<JsonNode> guarded(Uni<String> call, Duration timeout) {
        return call.ifNoItem().after(timeout).fail()
                .onFailure().transform(WeChatReplies::unavailable)
                .map(WeChatReplies::parse);
    }

    public static JsonNode parse(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException("not a JSON object");
            }
            return node;
        } catch (Exception e) {
            LOG.warnf("Unreadable WeChat answer: %s", e.getMessage());
            throw new ApiException(ErrorCode.WECHAT_UNAVAILABLE);
        }
    }

    /** The errcode of an answer; 0 when absent (success). */
    public static int errcode(JsonNode reply) {
        return reply.path("errcode").asInt(0);
    }

    /** Any failure on the way to WeChat (refused, slow, 5xx) is WeChat being unavailable. */
    public static Throwable unavailable(Throwable failure) {
        if (failure instanceof ApiException) {
            return failure;
        }
        LOG.warnf("WeChat call failed: %s", failure.toString());
        return new ApiException(ErrorCode.WECHAT_UNAVAILABLE);
    }
}
