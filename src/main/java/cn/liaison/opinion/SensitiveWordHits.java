package cn.liaison.opinion;

/** A word of the sensitive-word list and how many opinions it flagged. */
public record SensitiveWordHits(String word, long opinions) {
}
