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
     * Signs in the citizen a WeChat app knows by {@code openid}, race-free: two taps on "sign in" at
     * once end with one account (the app's openid index). With a {@code unionid}, the account the
     * other app made for the same person takes this app's openid first, so that the mini-program and
     * the H5 page are one citizen in whichever order they were first used. Two first sign-ins from the
     * two apps at the same moment meet at users_unionid_uidx: one of them answers 409, and its retry
     * finds the other's account.
     */
    public Uni<User> upsertByOpenid(WeChatApp app, String openid, String unionid, Instant now) {
        String column = app.column;
        Uni<Integer> joined = unionid == null ? Uni.createFrom().item(0) : Panache.getSession().flatMap(session -> session.createNativeQuery(
                "update users set " + column + " = :openid, last_login_at = :now, updated_at = :now"
                        + " where unionid = :unionid and " + column + " is null"
                        + " and not exists (select 1 from users u where u." + column + " = :openid)")
                .setParameter("openid", openid).setParameter("unionid", unionid).setParameter("now", now)
                .executeUpdate());
        return joined.chain(() -> Panache.getSession().flatMap(session -> session.createNativeQuery(
                "insert into users (" + column + ", unionid, roles, created_at, updated_at, last_login_at)"
                        + " values (:openid, :unionid, 'CITIZEN', :now, :now, :now)"
                        + " on conflict (" + column + ") where " + column + " is not null"
                        // An account of this app's that has no unionid yet takes it, unless another account has it.
                        + " do update set last_login_at = :now, unionid = coalesce(users.unionid,"
                        + " (select excluded.unionid where not exists (select 1 from users u where u.unionid = excluded.unionid)))")
                .setParameter("openid", openid).setParameter("unionid", unionid).setParameter("now", now)
                .executeUpdate()))
                .chain(() -> find(app.field, openid).firstResult());
    }

    /** A citizen's WeChat apps: each knows them by its own openid. */
    public enum WeChatApp {
        MINI_PROGRAM("openid", "openid"),
        OFFICIAL_ACCOUNT("web_openid", "webOpenid");

        private final String column;
        private final String field;

        WeChatApp(String column, String field) {
            this.column = column;
            this.field = field;
        }
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
