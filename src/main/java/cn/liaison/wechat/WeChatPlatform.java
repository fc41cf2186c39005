package cn.liaison.wechat;

import io.smallrye.mutiny.Uni;

/** What we ask of WeChat. Failures come as {@link cn.liaison.platform.error.ApiException}s with WECHAT_* codes. */
public interface WeChatPlatform {

    /** Exchanges a {@code wx.login} code (jscode2session). The session key stays on the server. */
    Uni<WeChatSession> exchangeLoginCode(String code);

    /** The phone number a user allowed with {@code getPhoneNumber} (getuserphonenumber). */
    Uni<String> phoneNumber(String code);

    /** The mini-program code (getwxacodeunlimit) that opens {@code page} with {@code scene} (at most 32 characters). */
    Uni<Picture> miniProgramCode(String scene, String page);

    /** WeChat's content check (msg_sec_check v2) of a user's text: pass, review or risky, with its label. */
    Uni<TextVerdict> checkText(String openid, String content);

    record TextVerdict(String suggest, int label) {
    }

    record WeChatSession(String openid, String unionid) {
    }

    record Picture(String contentType, byte[] bytes) {
    }
}
