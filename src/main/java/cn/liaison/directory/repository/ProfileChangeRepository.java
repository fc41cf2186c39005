package cn.liaison.directory.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.platform.persistence.PathMove;
import cn.liaison.directory.ProfileChange;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import cn.liaison.platform.persistence.Sql;

@ApplicationScoped
@WithSession
public class ProfileChangeRepository implements PanacheRepositoryBase<ProfileChange, Long> {

    /** Pending changes within a region prefix (all when null), oldest first; uses deputy_profile_changes_queue_idx. */
    public Uni<List<ProfileChange>> pending(String scopePrefix, long afterId, int count) {
        if (scopePrefix == null) {
            return find("state = 'PENDING' and id > ?1 order by id", afterId).range(0, count - 1).list();
        }
        return find("state = 'PENDING' and regionPath like " + Sql.pathPrefix(scopePrefix) + " and id > ?1 order by id", afterId)
                .range(0, count - 1).list();
    }

    public Uni<ProfileChange> latestOf(long deputyId) {
        return find("deputyId = ?1 order by id desc", deputyId).firstResult();
    }

    /** Withdraws the deputy's pending change: a new one replaces it. */
    public Uni<Long> withdrawPending(long deputyId) {
        return delete("deputyId = ?1 and state = 'PENDING'", deputyId);
    }

    /** Whether the photo is proposed by a profile change under {@code scopePrefix} ("" for anywhere). */
    public Uni<Boolean> holdsPhotoWithin(long mediaId, String scopePrefix) {
        return count("photoId = ?1 and regionPath like " + Sql.pathPrefix(scopePrefix), mediaId).map(n -> n > 0);
    }

    /** Paths under {@code from} now begin with {@code to} (PathMove). */
    public Uni<Integer> followMove(String from, String to) {
        return update(PathMove.update(from), PathMove.arguments(from, to));
    }
}
