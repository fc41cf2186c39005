package cn.liaison.open311.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.open311.PartnerKey;
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class PartnerKeyRepository implements PanacheRepository<PartnerKey> {

    /** The key whose hash is {@code keyHash}, revoked or not; null if none. */
    public Uni<PartnerKey> byHash(String keyHash) {
        return find("keyHash", keyHash).firstResult();
    }

    /** Every key, newest first: a deployment issues a few dozen at most. */
    public Uni<List<PartnerKey>> newestFirst() {
        return listAll(Sort.descending("id"));
    }
}
