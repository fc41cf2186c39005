package cn.liaison.opinion.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.opinion.OpinionReply;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class OpinionReplyRepository implements PanacheRepositoryBase<OpinionReply, Long> {

    public Uni<List<OpinionReply>> of(long opinionId) {
        return list("opinionId = ?1 order by id", opinionId);
    }
}
