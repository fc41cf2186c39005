package cn.liaison.opinion.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.opinion.OpinionEvent;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class OpinionEventRepository implements PanacheRepositoryBase<OpinionEvent, Long> {

    public Uni<List<OpinionEvent>> timeline(long opinionId, boolean withInternal) {
        return withInternal
                ? list("opinionId = ?1 order by seq", opinionId)
                : list("opinionId = ?1 and visibility = 'PUBLIC' order by seq", opinionId);
    }

    public Uni<Integer> lastSeq(long opinionId) {
        return find("select max(seq) from OpinionEvent where opinionId = ?1", opinionId).project(Integer.class).firstResult()
                .map(last -> last == null ? 0 : last);
    }
}
