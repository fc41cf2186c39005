package cn.liaison.deadline;

import java.time.Duration;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The time limits of SPEC §3, in working days. Under {@code liaison.deadlines.*}. */
@ConfigMapping(prefix = "liaison.deadlines")
public interface DeadlineConfig {

    /** Working days staff have to accept or reject a new opinion. */
    @WithDefault("2")
    int acceptWithin();

    /** Working days from acceptance to the reply, unless {@link #replyWithinByKind()} names the kind. */
    @WithDefault("15")
    int replyWithin();

    /** Working days to reply by opinion kind (for example {@code CONSULTATION=5}); overrides {@link #replyWithin()}. */
    Map<String, Integer> replyWithinByKind();

    /** Longest extension staff may grant, once, in working days. */
    @WithDefault("15")
    int longestExtension();

    /** Working days past a missed deadline after which an opinion is supervised (督办). */
    @WithDefault("1")
    int superviseAfter();

    /** How long a citizen may rate a reply; then the opinion closes by itself. */
    @WithDefault("7d")
    Duration ratingPeriod();
}
