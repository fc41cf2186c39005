package cn.liaison.identity.service;

import io.smallrye.mutiny.Uni;

/**
 * A feature that keeps personal data of an account outside the account itself (an opinion's phone,
 * the name on a published opinion). When the account is deleted, each erases or anonymises its own,
 * in the deletion's transaction: identity knows nothing of opinions, so opinions answer for theirs.
 */
public interface PersonalData {

    /**
     * Erases what points to the account. {@code name} is the name it showed (its nickname), to be
     * taken out of public text; it may be null. Runs in the caller's session and transaction.
     */
    Uni<Void> erase(long userId, String name);
}
