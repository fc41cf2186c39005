package cn.liaison.casework;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * One thing that happened to a case: an entry of its timeline, append-only. Each loop maps it on a
 * table of its own (see the package's note) and adds the column naming its case and what only it
 * records (an opinion's follow-up photos); the columns here are the same in every loop's table.
 *
 * @param <S> the loop's states, {@code stateBefore} and {@code stateAfter}
 * @param <R> the roles people take in the loop's cases
 * @param <T> the loop's event types
 * @param <SELF> the loop's event class, so that the chain of {@link #by} and {@link #seenBy} keeps it
 */
@MappedSuperclass
public abstract class CaseEvent<S extends Enum<S>, R extends Enum<R>, T extends Enum<T>, SELF extends CaseEvent<S, R, T, SELF>> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** 1, 2, …: the entry's place in its case's timeline. */
    public int seq;

    @Enumerated(EnumType.STRING)
    public T type;

    @Enumerated(EnumType.STRING)
    @Column(name = "state_before")
    public S stateBefore;

    @Enumerated(EnumType.STRING)
    @Column(name = "state_after")
    public S stateAfter;

    @Column(name = "actor_id")
    public Long actorId;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_role")
    public R actorRole;

    public String note;

    @Enumerated(EnumType.STRING)
    public Visibility visibility;

    @Column(name = "created_at")
    public Instant createdAt;

    /** The entry of a {@code type} that left {@code before} behind for {@code after}; public, by nobody yet. */
    protected SELF happened(T happened, S before, S after, Instant at) {
        type = happened;
        stateBefore = before;
        stateAfter = after;
        visibility = Visibility.PUBLIC;
        createdAt = at;
        return self();
    }

    public SELF by(Long actor, R role) {
        actorId = actor;
        actorRole = role;
        return self();
    }

    public SELF seenBy(Visibility audience) {
        visibility = audience;
        return self();
    }

    public boolean isPublic() {
        return visibility == Visibility.PUBLIC;
    }

    @SuppressWarnings("unchecked")
    private SELF self() {
        return (SELF) this;
    }
}
