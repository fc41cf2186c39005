package cn.liaison.media.repository;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.media.Media;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class MediaRepository implements PanacheRepositoryBase<Media, Long> {

    /** Whether the photo belongs to a duty record or a deputy's profile change within the region prefix. */
    public Uni<Boolean> attachedWithin(long mediaId, String scopePrefix) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                select exists (select 1 from duty_records
                                where region_path like :scope and cast(:id as bigint) = any(cast(string_to_array(nullif(photo_ids, ''), ',') as bigint[])))
                    or exists (select 1 from deputy_profile_changes where region_path like :scope and photo_id = :id)""",
                Boolean.class)
                .setParameter("scope", scopePrefix + "%").setParameter("id", mediaId).getSingleResult());
    }
}
