package cn.liaison.wechat.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.jboss.logging.Logger;

import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.error.ErrorCode;

/** Parses WeChat's answers, whatever their content type, and maps WeChat's failures (see {@link WeChatCalls}) to 503. */
public final class WeChatReplies {

    private static final Logger LOG = Logger.getLogger(WeChatReplies.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private WeChatReplies() {
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

    /** Any failure on the way to WeChat (refused, slow, 5xx, busy, the circuit open) is WeChat being unavailable. */
    public static Throwable unavailable(Throwable failure) {
        if (failure instanceof ApiException) {
            return failure;
        }
        LOG.warnf("WeChat call failed: %s", failure.toString());
        return new ApiException(ErrorCode.WECHAT_UNAVAILABLE);
    }
}
