package cn.liaison.identity.repository;

import java.time.Instant;
import java.util.Collection;
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

    /** Of {@code ids}, the accounts not deleted. */
    public Uni<List<Long>> notDeleted(Collection<Long> ids) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                "select id from users where id = any(cast(:ids as bigint[])) and deleted_at is null", Long.class)
                .setParameter("ids", ids.toArray(Long[]::new)).getResultList());
    }

    /** Enabled staff accounts scoped to any of {@code regionIds}: each as its id and its region's id. */
    public Uni<List<Object[]>> staffIn(Collection<Long> regionIds) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                select id, region_id from users
                 where region_id = any(cast(:regions as bigint[])) and username is not null and roles like '%STAFF%'
                   and not disabled and deleted_at is null""", Object[].class)
                .setParameter("regions", regionIds.toArray(Long[]::new)).getResultList());
    }
}
