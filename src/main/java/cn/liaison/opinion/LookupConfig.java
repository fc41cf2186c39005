package cn.liaison.opinion;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Lookup codes of confidential opinions. Under {@code liaison.opinion-lookup.*}. */
@ConfigMapping(prefix = "liaison.opinion-lookup")
public interface LookupConfig {

    /** Wrong codes tried against one confidential opinion, from every address together, before its code locks. */
    @WithDefault("10")
    int maxWrongTries();
}
