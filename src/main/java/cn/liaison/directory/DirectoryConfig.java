package cn.liaison.directory;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The directory's freshness report. Under {@code liaison.directory.*}. */
@ConfigMapping(prefix = "liaison.directory")
public interface DirectoryConfig {

    /** A station whose information and duty records have not moved for this long is reported stale. */
    @WithDefault("90d")
    Duration staleAfter();
}
