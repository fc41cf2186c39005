package cn.liaison.wechat;

import io.smallrye.mutiny.Uni;

/** What we ask of WeChat. Failures come as {@link cn.liaison.platform.error.ApiException}s with WECHAT_* codes. */
public interface WeChatPlatform {

    /** Exchanges a {@code wx.login} code (jscode2session). The session key stays on the server. */
    Uni<WeChatSession> exchangeLoginCode(String code);

    /**
     * Exchanges the code of the official account's web authorisation (sns/oauth2/access_token), with
     * which the H5 page signs in inside WeChat's browser. Its openid is the official account's.
     */
    Uni<WeChatSession> exchangeWebCode(String code);

    /** The phone number a user allowed with {@code getPhoneNumber} (getuserphonenumber). */
    Uni<String> phoneNumber(String code);

    /** The mini-program code (getwxacodeunlimit) that opens {@code page} with {@code scene} (at most 32 characters). */
    Uni<Picture> miniProgramCode(String scene, String page);

    /** WeChat's content check (msg_sec_check v2) of a user's text: pass, review or risky, with its label. */
    Uni<TextVerdict> checkText(String openid, String content);

    /**
     * Sends a subscribe message (subscribe/send). {@code data} maps each template field to its value,
     * already within the field's limits. A refusal (43101: no consent left) is an answer, not a failure.
     */
    Uni<Delivery> sendSubscribeMessage(String openid, String templateId, String page, String miniprogramState,
            java.util.Map<String, String> data);

    /** What WeChat said to a subscribe message; {@code errcode} 0 when it was sent. */
    record Delivery(int errcode) {
        public static final int USER_REFUSED = 43101;
        public static final int BAD_FIELD = 47003;

        public boolean sent() {
            return errcode == 0;
        }
    }

    /** WeChat's verdict; {@link #UNCHECKED} when WeChat could not be asked, which sends the text to review. */
    record TextVerdict(String suggest, int label) {
        public static final TextVerdict UNCHECKED = new TextVerdict("unchecked", 0);

        public boolean checked() {
            return !UNCHECKED.suggest().equals(suggest);
        }
    }

    record WeChatSession(String openid, String unionid) {
    }

    record Picture(String contentType, byte[] bytes) {
    }
}
