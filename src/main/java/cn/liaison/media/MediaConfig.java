package cn.liaison.media;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where photos are kept and how large they may be. Under {@code liaison.media.*}. */
@ConfigMapping(prefix = "liaison.media")
public interface MediaConfig {

    /** Folder where uploaded photos are kept (shared storage when several instances run). */
    @WithDefault("data/media")
    java.nio.file.Path directory();

    /** Largest photo accepted, in bytes. */
    @WithDefault("10485760")
    int maxBytes();
}
