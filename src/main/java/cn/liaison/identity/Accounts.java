package cn.liaison.identity;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.identity.repository.AccountReads;
import cn.liaison.identity.repository.UserRepository;
import cn.liaison.platform.crypto.FieldCipher;
import io.smallrye.mutiny.Uni;

/** What other features may ask of accounts, in values. Runs in the caller's session and transaction. */
@ApplicationScoped
public class Accounts {

    /** A citizen's WeChat openid (for WeChat's content check) and the phone they bound, if any. */
    public record Contact(String openid, String phone) {
    }

    private final UserRepository users;
    private final AccountReads reads;
    private final FieldCipher cipher;

    public Accounts(UserRepository users, AccountReads reads, FieldCipher cipher) {
        this.users = users;
        this.reads = reads;
        this.cipher = cipher;
    }

    public Uni<Contact> contact(long userId) {
        return users.findById(userId).map(user -> new Contact(user.openid, user.phoneCipher == null ? null : cipher.decrypt(user.phoneCipher)));
    }

    /** The name the account shows others (its nickname), blank when it has none. */
    public Uni<String> nickname(long userId) {
        return users.findById(userId).map(user -> user == null || user.nickname == null ? "" : user.nickname);
    }

    /** Of {@code userIds}, those whose account still exists: a deleted account hears nothing more. */
    public Uni<Set<Long>> reachable(Collection<Long> userIds) {
        return userIds.isEmpty() ? Uni.createFrom().item(Set.of()) : users.notDeleted(userIds).map(Set::copyOf);
    }

    /** The WeChat openids of those of the accounts that have one (a deleted account has none), by id; outside any session. */
    public Uni<Map<Long, String>> openids(Collection<Long> userIds) {
        return userIds.isEmpty() ? Uni.createFrom().item(Map.of()) : reads.openids(userIds);
    }

    /**
     * Opens the account a partner's system submits as (Open311): named after the partner, with no
     * role and no way to sign in (no WeChat openid, no username), so that it can do nothing but be
     * the submitter of what the partner relays. Answers its id.
     */
    public Uni<Long> openForPartner(String partnerName, Instant now) {
        User user = new User();
        user.nickname = partnerName;
        user.setRoles(EnumSet.noneOf(Role.class));
        user.createdAt = now;
        user.updatedAt = now;
        return users.persist(user).map(saved -> saved.id);
    }

    /** Gives the account a role; the answer is its roles now, which its next tokens carry. */
    public Uni<Set<Role>> grant(long userId, Role role, Instant now) {
        return users.findById(userId).map(user -> {
            EnumSet<Role> roles = EnumSet.copyOf(user.roles());
            roles.add(role);
            user.setRoles(roles);
            user.updatedAt = now;
            return roles;
        });
    }
}
