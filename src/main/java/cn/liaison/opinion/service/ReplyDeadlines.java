package cn.liaison.opinion.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.deadline.DeadlineRules;
import cn.liaison.opinion.OpinionKind;
import cn.liaison.platform.config.LiaisonConfig;

/** How long an accepted opinion may wait for its reply: a number of working days per kind (SPEC §3). */
@ApplicationScoped
public class ReplyDeadlines {

    private final DeadlineRules deadlines;
    private final LiaisonConfig.Deadlines limits;

    public ReplyDeadlines(DeadlineRules deadlines, LiaisonConfig config) {
        this.deadlines = deadlines;
        this.limits = config.deadlines();
    }

    public Instant replyBy(Instant accepted, OpinionKind kind) {
        return deadlines.replyBy(accepted, limits.replyWithinByKind().getOrDefault(kind.name(), limits.replyWithin()));
    }
}
