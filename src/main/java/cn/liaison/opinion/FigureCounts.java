package cn.liaison.opinion;

/**
 * How a set of opinions was answered: received, accepted, first replied (on time or not), the
 * average working days of a first reply (null without one), and how the answers were rated.
 */
public record FigureCounts(long received, long accepted, long replied, long repliedOnTime, Double averageReplyWorkingDays,
        long rated, long satisfied, long basicallySatisfied, long unsatisfied) {
}
