package cn.liaison.casework.repository;

import java.util.List;

import cn.liaison.casework.CaseEvent;
import cn.liaison.casework.Visibility;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * How every loop reads and writes its timeline, each on its own table (see the kernel's package
 * note). Runs in the caller's session: a loop's event repository, which opens it, delegates here.
 */
public final class Timelines {

    /**
     * Where a loop keeps its timeline: its event entity, the entity's field naming the case, the
     * case's table, and the row lock a writer takes on the case ({@code for update}, or
     * {@code for no key update} where other rows' inserts must not wait for it).
     */
    public record Table<E extends CaseEvent<?, ?, ?, E>>(Class<E> entity, String caseField, String caseTable, String rowLock) {
    }

    private Timelines() {
    }

    /** The case's entries in order; those only its handlers see when {@code withInternal}. */
    public static <E extends CaseEvent<?, ?, ?, E>> Uni<List<E>> of(Table<E> table, long caseId, boolean withInternal) {
        String hql = "from " + table.entity().getSimpleName() + " where " + table.caseField() + " = :id"
                + (withInternal ? "" : " and visibility = :visible") + " order by seq";
        return Panache.getSession().chain(session -> {
            var query = session.createSelectionQuery(hql, table.entity()).setParameter("id", caseId);
            return (withInternal ? query : query.setParameter("visible", Visibility.PUBLIC)).getResultList();
        });
    }

    /**
     * Takes the case's row lock for the rest of the transaction. A step takes it before it reads or
     * writes anything, so that two writers of one case queue here in the same order.
     */
    public static Uni<Void> lock(Table<?> table, long caseId) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("select id from " + table.caseTable() + " where id = :id " + table.rowLock())
                        .setParameter("id", caseId).getResultList())
                .replaceWithVoid();
    }

    /**
     * Writes {@code event} as the next entry of its case. The case's row stays locked to the end of
     * the transaction, so two writers of one timeline (two staff revealing a phone at once, which
     * changes no version) take turns instead of taking the same number.
     */
    public static <E extends CaseEvent<?, ?, ?, E>> Uni<E> append(Table<E> table, long caseId, E event) {
        String last = "select max(seq) from " + table.entity().getSimpleName() + " where " + table.caseField() + " = :id";
        return lock(table, caseId)
                .chain(() -> Panache.getSession().chain(session -> session.createSelectionQuery(last, Integer.class)
                        .setParameter("id", caseId).getSingleResultOrNull()))
                .chain(max -> {
                    event.seq = max == null ? 1 : max + 1;
                    return Panache.getSession().chain(session -> session.persist(event)).replaceWith(event);
                });
    }
}
