package cn.liaison.wechat;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The mini-program's and the official account's WeChat accounts and how WeChat is called. Under {@code liaison.wechat.*}. */
@ConfigMapping(prefix = "liaison.wechat")
public interface WeChatConfig {

    /** Base URL of WeChat's server APIs; tests point it at a local double. */
    @WithDefault("https://api.weixin.qq.com")
    String baseUrl();

    /** Mini-program AppID. */
    Optional<String> appId();

    /** Mini-program AppSecret: production reads it from the environment. */
    Optional<String> appSecret();

    /** The official account's AppID, whose web authorisation signs the H5 page in inside WeChat's browser. */
    Optional<String> webAppId();

    /** The official account's AppSecret: production reads it from the environment. */
    Optional<String> webAppSecret();

    /** The mini-program page a station's code opens; it receives {@code sid=<station id>} as its scene. */
    @WithDefault("pages/station/index")
    String stationPage();

    /** Whether citizens' text also goes through WeChat's msg_sec_check v2. */
    @WithDefault("false")
    boolean contentCheck();
}
