package cn.liaison.opinion.service;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import cn.liaison.wechat.WeChatConfig;
import cn.liaison.wechat.WeChatPlatform;
import io.smallrye.mutiny.Uni;

/**
 * Screens a citizen's text: the sensitive-word list and, where configured, WeChat's content check.
 * A hit never refuses or drops the text; it answers the reasons for which staff must review it.
 * WeChat being unreachable is such a reason too.
 */
@ApplicationScoped
public class ContentScreen {

    private static final Logger LOG = Logger.getLogger(ContentScreen.class);

    private final SensitiveWords words;
    private final WeChatPlatform wechat;
    private final WeChatConfig config;

    public ContentScreen(SensitiveWords words, WeChatPlatform wechat, WeChatConfig config) {
        this.words = words;
        this.wechat = wechat;
        this.config = config;
    }

    public Uni<List<String>> reasonsToReview(String openid, String text) {
        return words.find(text).chain(found -> {
            List<String> reasons = new ArrayList<>();
            if (!found.isEmpty()) {
                reasons.add("SENSITIVE_WORDS:" + found.stream().map(SensitiveWords.Found::shown).collect(Collectors.joining("、")));
            }
            if (!config.contentCheck() || openid == null) {
                return Uni.createFrom().item(reasons);
            }
            return wechat.checkText(openid, text)
                    .map(verdict -> {
                        if (!verdict.checked()) {
                            reasons.add("WECHAT_UNREACHABLE");
                        } else if (!"pass".equals(verdict.suggest())) {
                            reasons.add("WECHAT_" + verdict.suggest().toUpperCase(java.util.Locale.ROOT) + ":" + verdict.label());
                        }
                        return reasons;
                    })
                    .onFailure().recoverWithItem(failure -> {
                        LOG.warnf("Content check unavailable, sending to review: %s", failure.toString());
                        reasons.add("WECHAT_UNREACHABLE");
                        return reasons;
                    });
        });
    }
}
