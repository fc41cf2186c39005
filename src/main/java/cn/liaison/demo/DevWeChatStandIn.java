package cn.liaison.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.error.ErrorCode;
import cn.liaison.wechat.WeChatPlatform;
import io.quarkus.arc.profile.IfBuildProfile;
import io.smallrye.mutiny.Uni;

/**
 * Takes WeChat's place in dev mode, so that the mini-program's wx.login codes and the H5 page's
 * web authorisation codes work without the real AppSecrets. A code {@code dev:NAME} signs in as the dev user NAME; any other code (such as a
 * real one from the developer tools) as the dev citizen. Not part of a production build.
 */
@IfBuildProfile("dev")
@Alternative
@Priority(1)
@ApplicationScoped
public class DevWeChatStandIn implements WeChatPlatform {

    static final String DEFAULT_OPENID = "dev-citizen";

    @Override
    public Uni<WeChatSession> exchangeLoginCode(String code) {
        if ("invalid".equals(code)) {
            return Uni.createFrom().failure(new ApiException(ErrorCode.WECHAT_CODE_INVALID));
        }
        String openid = code.startsWith("dev:") && code.length() > 4 ? "dev-" + code.substring(4) : DEFAULT_OPENID;
        return Uni.createFrom().item(new WeChatSession(openid, "union-" + openid));
    }

    /** The H5 page's code, {@code ?code=dev:NAME}: the same dev user as the mini-program's, by their unionid. */
    @Override
    public Uni<WeChatSession> exchangeWebCode(String code) {
        if ("invalid".equals(code)) {
            return Uni.createFrom().failure(new ApiException(ErrorCode.WECHAT_CODE_INVALID));
        }
        String openid = code.startsWith("dev:") && code.length() > 4 ? "dev-" + code.substring(4) : DEFAULT_OPENID;
        return Uni.createFrom().item(new WeChatSession("web-" + openid, "union-" + openid));
    }

    /** A plain square with the scene written on it, standing in for the real mini-program code. */
    @Override
    public Uni<Picture> miniProgramCode(String scene, String page) {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(280, 280, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 280, 280);
        g.setColor(java.awt.Color.BLACK);
        g.drawString("DEV " + scene, 20, 140);
        g.dispose();
        var out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", out);
        } catch (java.io.IOException e) {
            return Uni.createFrom().failure(e);
        }
        return Uni.createFrom().item(new Picture("image/png", out.toByteArray()));
    }

    /** Everything passes in dev, except text containing "risky". */
    @Override
    public Uni<TextVerdict> checkText(String openid, String content) {
        return Uni.createFrom().item(new TextVerdict(content.contains("risky") ? "risky" : "pass", 0));
    }

    /** An 11-digit code is taken as the number itself; anything else binds 13800138000. */
    @Override
    public Uni<String> phoneNumber(String code) {
        return Uni.createFrom().item(code.matches("1\\d{10}") ? code : "13800138000");
    }

    /** Nothing leaves a dev machine: every message counts as sent and is logged. */
    @Override
    public Uni<Delivery> sendSubscribeMessage(String openid, String templateId, String page, String miniprogramState,
            java.util.Map<String, String> data) {
        org.jboss.logging.Logger.getLogger(DevWeChatStandIn.class).infof("Subscribe message %s to %s: %s", templateId, openid, data);
        return Uni.createFrom().item(new Delivery(0));
    }
}
