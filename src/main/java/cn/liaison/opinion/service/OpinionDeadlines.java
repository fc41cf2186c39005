package cn.liaison.opinion.service;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.deadline.DeadlineRules;
import cn.liaison.opinion.OpinionKind;


/**
 * The time limits of an opinion (SPEC §3) in working days of the calendar: how long acceptance and
 * the reply may take, the reply's limit chosen by the opinion's kind.
 */
@ApplicationScoped
public class OpinionDeadlines {

    private final DeadlineRules rules;
    public OpinionDeadlines(DeadlineRules rules) {
        this.rules = rules;
    }

    public Instant acceptBy(Instant submitted) {
        return rules.acceptBy(submitted);
    }

    public Instant replyBy(Instant accepted, OpinionKind kind) {
        return rules.replyBy(accepted, rules.replyWithin(kind.name()));
    }

    public Instant extended(Instant due, int workingDays) {
        return rules.extended(due, workingDays);
    }

    public int workingDaysBetween(Instant from, Instant to) {
        return rules.workingDaysBetween(from, to);
    }

    public int workingDaysLeft(Instant due, Instant now) {
        return rules.workingDaysLeft(due, now);
    }

    public Instant withinWorkingDays(Instant now, int workingDays) {
        return rules.withinWorkingDays(now, workingDays);
    }

    public Duration ratingPeriod() {
        return rules.ratingPeriod();
    }

    public int longestExtension() {
        return rules.longestExtension();
    }
}
