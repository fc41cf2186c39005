package cn.liaison.identity.repository;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.identity.User;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class UserRepository implements PanacheRepositoryBase<User, Long> {

    /**
     * Creates the citizen for a WeChat openid unless it exists, race-free: two taps on "sign in"
     * at once end with one account (users_openid_uidx), then loads it.
     */
    public Uni<User> upsertByOpenid(String openid, String unionid, Instant now) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                insert into users (openid, unionid, roles, created_at, updated_at, last_login_at)
                values (:openid, :unionid, 'CITIZEN', :now, :now, :now)
                on conflict (openid) where openid is not null
                do update set last_login_at = :now, unionid = coalesce(excluded.unionid, users.unionid)""")
                .setParameter("openid", openid).setParameter("unionid", unionid).setParameter("now", now)
                .executeUpdate())
                .chain(() -> find("openid", openid).firstResult());
    }

    public Uni<User> findByUsername(String username) {
        return find("lower(username) = lower(?1)", username).firstResult();
    }

    public Uni<Boolean> anyAdmin() {
        return count("roleNames like '%ADMIN%' and deletedAt is null").map(n -> n > 0);
    }

    /** Staff and admin accounts after id {@code afterId}, by id. */
    public Uni<List<User>> staffPage(long afterId, int count) {
        return find("username is not null and id > :after order by id", Parameters.with("after", afterId))
                .range(0, count - 1).list();
    }
}
