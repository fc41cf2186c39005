package cn.liaison.replytemplate.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.platform.persistence.PathMove;
import cn.liaison.platform.persistence.Sql;
import cn.liaison.replytemplate.ReplyTemplate;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class ReplyTemplateRepository implements PanacheRepositoryBase<ReplyTemplate, Long> {

    /** A library is a few dozen answers; this bounds what one list can cost. */
    static final int MOST = 500;
    private static final String NEAREST_FIRST = "order by length(regionPath) desc, title, id";

    /**
     * The templates of the offices on {@code ancestors} (a region and those above it), and when
     * {@code below} is given, of every office under it; nearest office first. Both use the path index.
     */
    public Uni<List<ReplyTemplate>> visible(List<String> ancestors, String below) {
        if (below == null) {
            return find("regionPath in ?1 " + NEAREST_FIRST, ancestors).range(0, MOST - 1).list();
        }
        return find("(regionPath in ?1 or regionPath like " + Sql.pathPrefix(below) + ") " + NEAREST_FIRST, ancestors)
                .range(0, MOST - 1).list();
    }

    /** Every office's: what an admin keeps. */
    public Uni<List<ReplyTemplate>> everywhere() {
        return find("from ReplyTemplate " + NEAREST_FIRST).range(0, MOST - 1).list();
    }

    /** Paths under {@code from} now begin with {@code to} (PathMove). */
    public Uni<Integer> followMove(String from, String to) {
        return update(PathMove.update(from), PathMove.arguments(from, to));
    }
}
