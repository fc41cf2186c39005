package cn.liaison.identity;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.mutiny.Uni;

/**
 * A feature that keeps personal data of an account outside the account itself (opinions with their
 * phone, bookings, notifications). Identity knows nothing of them, so each answers for its own: it
 * adds its section to the copy of the account's data (PIPL art. 45), and erases or anonymises what
 * points to the account when it is deleted (art. 47). Both run in the caller's session, one feature
 * after another.
 */
public interface PersonalData {

    /** The name of this feature's section in the copy: {@code opinions}, {@code bookings}… */
    String section();

    /** Everything of this feature that belongs to the account, as it would show it to its owner. */
    Uni<JsonNode> export(long userId);

    /**
     * Erases what points to the account. {@code name} is the name it showed (its nickname), to be
     * taken out of public text; it may be null. Runs in the deletion's transaction.
     */
    default Uni<Void> erase(long userId, String name) {
        return Uni.createFrom().voidItem();
    }
}
