package cn.liaison.wechat;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import cn.liaison.platform.config.LiaisonConfig;
import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.error.ErrorCode;
import cn.liaison.wechat.client.WeChatClient;
import cn.liaison.wechat.client.WeChatReplies;
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

    private final WeChatClient client;
    private final PlatformAccessToken accessToken;
    private final LiaisonConfig config;

    public WeChatHttpPlatform(@RestClient WeChatClient client, PlatformAccessToken accessToken, LiaisonConfig config) {
        this.client = client;
        this.accessToken = accessToken;
        this.config = config;
    }

    @Override
    public Uni<WeChatSession> exchangeLoginCode(String code) {
        return guarded(client.jscode2session(config.wechat().appId().orElse(""), config.wechat().appSecret().orElse(""),
                code, "authorization_code"))
                .map(reply -> {
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
                            LOG.warnf("jscode2session failed: errcode %d", errcode);
                            yield new ApiException(ErrorCode.WECHAT_UNAVAILABLE);
                        }
                    };
                });
    }

    @Override
    public Uni<String> phoneNumber(String code) {
        return phoneNumber(code, true);
    }

    private Uni<String> phoneNumber(String code, boolean mayRetry) {
        return accessToken.current().flatMap(token -> guarded(client.userPhoneNumber(token, Map.of("code", code)))
                .flatMap(reply -> {
                    int errcode = WeChatReplies.errcode(reply);
                    if ((errcode == TOKEN_INVALID || errcode == TOKEN_EXPIRED) && mayRetry) {
                        return accessToken.drop(token).chain(() -> phoneNumber(code, false));
                    }
                    String phone = reply.path("phone_info").path("purePhoneNumber").asText(null);
                    if (errcode == 0 && phone != null && !phone.isBlank()) {
                        return Uni.createFrom().item(phone);
                    }
                    if (errcode == INVALID_CODE || errcode == CODE_USED) {
                        return Uni.createFrom().failure(new ApiException(ErrorCode.WECHAT_PHONE_CODE_INVALID));
                    }
                    LOG.warnf("getuserphonenumber failed: errcode %d", errcode);
                    return Uni.createFrom().failure(new ApiException(ErrorCode.WECHAT_UNAVAILABLE));
                }));
    }

    @Override
    public Uni<TextVerdict> checkText(String openid, String content) {
        return checkText(openid, content, true);
    }

    private Uni<TextVerdict> checkText(String openid, String content, boolean mayRetry) {
        Map<String, Object> body = Map.of("version", 2, "openid", openid, "scene", 2, "content", content);
        return accessToken.current().flatMap(token -> guarded(client.checkText(token, body)).flatMap(reply -> {
            int errcode = WeChatReplies.errcode(reply);
            if ((errcode == TOKEN_INVALID || errcode == TOKEN_EXPIRED) && mayRetry) {
                return accessToken.drop(token).chain(() -> checkText(openid, content, false));
            }
            String suggest = reply.path("result").path("suggest").asText(null);
            if (errcode != 0 || suggest == null) {
                LOG.warnf("msg_sec_check failed: errcode %d", errcode);
                return Uni.createFrom().failure(new ApiException(ErrorCode.WECHAT_UNAVAILABLE));
            }
            return Uni.createFrom().item(new TextVerdict(suggest, reply.path("result").path("label").asInt(0)));
        }));
    }

    @Override
    public Uni<Delivery> sendSubscribeMessage(String openid, String templateId, String page, String miniprogramState,
            Map<String, String> data) {
        Map<String, Object> fields = new java.util.LinkedHashMap<>();
        data.forEach((key, value) -> fields.put(key, Map.of("value", value)));
        Map<String, Object> body = Map.of("touser", openid, "template_id", templateId, "page", page, "data", fields,
                "miniprogram_state", miniprogramState, "lang", "zh_CN");
        return sendSubscribeMessage(body, true);
    }

    private Uni<Delivery> sendSubscribeMessage(Map<String, Object> body, boolean mayRetry) {
        return accessToken.current().flatMap(token -> guarded(client.sendSubscribeMessage(token, body)).flatMap(reply -> {
            int errcode = WeChatReplies.errcode(reply);
            if ((errcode == TOKEN_INVALID || errcode == TOKEN_EXPIRED) && mayRetry) {
                return accessToken.drop(token).chain(() -> sendSubscribeMessage(body, false));
            }
            if (errcode != 0 && errcode != Delivery.USER_REFUSED) {
                LOG.warnf("subscribe/send failed: errcode %d", errcode);
            }
            return Uni.createFrom().item(new Delivery(errcode));
        }));
    }

    @Override
    public Uni<Picture> miniProgramCode(String scene, String page) {
        return miniProgramCode(scene, page, true);
    }

    private Uni<Picture> miniProgramCode(String scene, String page, boolean mayRetry) {
        Map<String, Object> body = Map.of("scene", scene, "page", page, "check_path", false);
        return accessToken.current().flatMap(token -> client.unlimitedCode(token, body)
                .ifNoItem().after(config.wechat().timeout()).fail()
                .onFailure().transform(WeChatReplies::unavailable)
                .flatMap(response -> {
                    String type = response.getMediaType() == null ? "" : response.getMediaType().toString();
                    byte[] bytes = response.readEntity(byte[].class);
                    if (type.startsWith("image/")) {
                        return Uni.createFrom().item(new Picture(type, bytes));
                    }
                    int errcode = WeChatReplies.errcode(WeChatReplies.parse(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));
                    if ((errcode == TOKEN_INVALID || errcode == TOKEN_EXPIRED) && mayRetry) {
                        return accessToken.drop(token).chain(() -> miniProgramCode(scene, page, false));
                    }
                    LOG.warnf("getwxacodeunlimit failed: errcode %d", errcode);
                    return Uni.createFrom().failure(new ApiException(ErrorCode.WECHAT_UNAVAILABLE));
                }));
    }

    private Uni<JsonNode> guarded(Uni<String> call) {
        return WeChatReplies.guarded(call, config.wechat().timeout());
    }
}
