package cn.liaison.wechat;

import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.Fallback;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.error.ErrorCode;
import cn.liaison.wechat.client.WeChatCalls;
import cn.liaison.wechat.client.WeChatReplies;
import io.smallrye.faulttolerance.api.Guard;
import io.smallrye.mutiny.Uni;

/** WeChat over HTTP, at {@code liaison.wechat.base-url}. */
@ApplicationScoped
public class WeChatHttpPlatform implements WeChatPlatform {

    private static final Logger LOG = Logger.getLogger(WeChatHttpPlatform.class);
    private static final int INVALID_CODE = 40029;
    private static final int CODE_USED = 40163;
    private static final int RATE_LIMITED = 45011;
    private static final int RISKY_USER = 40226;
    private static final int TOKEN_INVALID = 40001;
    private static final int TOKEN_EXPIRED = 42001;

    /** One more try, at once, when the access token turns out stale. */
    private final Guard freshToken = Guard.create()
            .withRetry().maxRetries(1).delay(0, ChronoUnit.MILLIS).jitter(0, ChronoUnit.MILLIS).retryOn(StaleToken.class).done()
            .build();
    private final WeChatCalls calls;
    private final PlatformAccessToken accessToken;
    private final WeChatConfig config;

    public WeChatHttpPlatform(WeChatCalls calls, PlatformAccessToken accessToken, WeChatConfig config) {
        this.calls = calls;
        this.accessToken = accessToken;
        this.config = config;
    }

    @Override
    public Uni<WeChatSession> exchangeLoginCode(String code) {
        return guarded(calls.login(config.appId().orElse(""), config.appSecret().orElse(""), code))
                .map(reply -> session(reply, "jscode2session"));
    }

    @Override
    public Uni<WeChatSession> exchangeWebCode(String code) {
        return guarded(calls.webLogin(config.webAppId().orElse(""), config.webAppSecret().orElse(""), code))
                .map(reply -> {
                    // A page opened in WeChat's snapshot mode has a stand-in user, who is nobody to sign in.
                    if (reply.path("is_snapshotuser").asInt(0) == 1) {
                        throw new ApiException(ErrorCode.WECHAT_CODE_INVALID);
                    }
                    return session(reply, "sns/oauth2/access_token");
                });
    }

    /** jscode2session and oauth2/access_token answer alike: an openid (and a unionid) or an errcode. */
    private static WeChatSession session(JsonNode reply, String call) {
        int errcode = WeChatReplies.errcode(reply);
        String openid = reply.path("openid").asText(null);
        if (errcode == 0 && openid != null) {
            return new WeChatSession(openid, reply.path("unionid").asText(null));
        }
        throw switch (errcode) {
            case INVALID_CODE, CODE_USED -> new ApiException(ErrorCode.WECHAT_CODE_INVALID);
            case RATE_LIMITED -> new ApiException(ErrorCode.WECHAT_RATE_LIMITED).retryAfter(60);
            case RISKY_USER -> new ApiException(ErrorCode.WECHAT_USER_RISKY);
            default -> {
                LOG.warnf("%s failed: errcode %d", call, errcode);
                yield new ApiException(ErrorCode.WECHAT_UNAVAILABLE);
            }
        };
    }

    @Override
    public Uni<String> phoneNumber(String code) {
        return withToken(token -> guarded(calls.phoneNumber(token, Map.of("code", code))), WeChatReplies::errcode).map(reply -> {
            int errcode = WeChatReplies.errcode(reply);
            String phone = reply.path("phone_info").path("purePhoneNumber").asText(null);
            if (errcode == 0 && phone != null && !phone.isBlank()) {
                return phone;
            }
            if (errcode == INVALID_CODE || errcode == CODE_USED) {
                throw new ApiException(ErrorCode.WECHAT_PHONE_CODE_INVALID);
            }
            LOG.warnf("getuserphonenumber failed: errcode %d", errcode);
            throw new ApiException(ErrorCode.WECHAT_UNAVAILABLE);
        });
    }

    /** When WeChat cannot judge the text (down, slow, its circuit open), the text goes to staff's review (SPEC §7). */
    @Override
    @Fallback(fallbackMethod = "unchecked")
    public Uni<TextVerdict> checkText(String openid, String content) {
        Map<String, Object> body = Map.of("version", 2, "openid", openid, "scene", 2, "content", content);
        return withToken(token -> guarded(calls.checkText(token, body)), WeChatReplies::errcode).map(reply -> {
            int errcode = WeChatReplies.errcode(reply);
            String suggest = reply.path("result").path("suggest").asText(null);
            if (errcode != 0 || suggest == null) {
                LOG.warnf("msg_sec_check failed: errcode %d", errcode);
                throw new ApiException(ErrorCode.WECHAT_UNAVAILABLE);
            }
            return new TextVerdict(suggest, reply.path("result").path("label").asInt(0));
        });
    }

    Uni<TextVerdict> unchecked(String openid, String content) {
        LOG.warn("msg_sec_check unavailable: the text goes to review");
        return Uni.createFrom().item(TextVerdict.UNCHECKED);
    }

    @Override
    public Uni<Delivery> sendSubscribeMessage(String openid, String templateId, String page, String miniprogramState,
            Map<String, String> data) {
        Map<String, Object> fields = new LinkedHashMap<>();
        data.forEach((key, value) -> fields.put(key, Map.of("value", value)));
        Map<String, Object> body = Map.of("touser", openid, "template_id", templateId, "page", page, "data", fields,
                "miniprogram_state", miniprogramState, "lang", "zh_CN");
        return withToken(token -> guarded(calls.sendSubscribeMessage(token, body)), WeChatReplies::errcode).map(reply -> {
            int errcode = WeChatReplies.errcode(reply);
            if (errcode != 0 && errcode != Delivery.USER_REFUSED) {
                LOG.warnf("subscribe/send failed: errcode %d", errcode);
            }
            return new Delivery(errcode);
        });
    }

    @Override
    public Uni<Picture> miniProgramCode(String scene, String page) {
        Map<String, Object> body = Map.of("scene", scene, "page", page, "check_path", false);
        return withToken(token -> calls.unlimitedCode(token, body)
                .onFailure().transform(WeChatReplies::unavailable)
                .map(image -> new Picture(image.contentType(), image.bytes())), WeChatHttpPlatform::errcode)
                .map(picture -> {
                    if (picture.contentType().startsWith("image/")) {
                        return picture;
                    }
                    LOG.warnf("getwxacodeunlimit failed: errcode %d", errcode(picture));
                    throw new ApiException(ErrorCode.WECHAT_UNAVAILABLE);
                });
    }

    /** An image answers the code; anything else is WeChat's JSON error. */
    private static int errcode(Picture answer) {
        return answer.contentType().startsWith("image/") ? 0
                : WeChatReplies.errcode(WeChatReplies.parse(new String(answer.bytes(), StandardCharsets.UTF_8)));
    }

    /**
     * Calls WeChat with the platform's access token. When WeChat says the token expired or is not
     * valid (another instance or WeChat itself renewed it), the token is dropped and the call made
     * once more with a new one; if that answer says the same, it is the answer.
     */
    @SuppressWarnings("unchecked")
    private <T> Uni<T> withToken(Function<String, Uni<T>> call, ToIntFunction<T> errcode) {
        Uni<T> once = freshToken.get(() -> accessToken.current().flatMap(token -> call.apply(token).flatMap(reply -> {
            int code = errcode.applyAsInt(reply);
            return code == TOKEN_INVALID || code == TOKEN_EXPIRED
                    ? accessToken.drop(token).chain(() -> Uni.createFrom().failure(new StaleToken(reply)))
                    : Uni.createFrom().item(reply);
        })), Uni.class);
        return once.onFailure(StaleToken.class).recoverWithItem(e -> (T) ((StaleToken) e).reply);
    }

    /** WeChat's answer that the access token is stale, carried so that a second such answer can be handled as any other. */
    private static final class StaleToken extends RuntimeException {

        private final transient Object reply;

        StaleToken(Object reply) {
            super("WeChat access token is stale", null, false, false);
            this.reply = reply;
        }
    }

    /** WeChat's failures, however they came (see {@link WeChatCalls}), are 503 WECHAT_UNAVAILABLE. */
    private static Uni<JsonNode> guarded(Uni<JsonNode> call) {
        return call.onFailure().transform(WeChatReplies::unavailable);
    }
}
