package cn.liaison.opinion.service;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.directory.Deputies;
import cn.liaison.identity.Caller;
import cn.liaison.identity.Role;
import cn.liaison.opinion.ActorRole;
import cn.liaison.opinion.Opinion;
import cn.liaison.opinion.repository.OpinionRepository;
import io.smallrye.mutiny.Uni;

/**
 * How the caller stands to an opinion (SPEC §4). Someone with no standing gets 404, never 403, so
 * that ids cannot be probed. A citizen whose opinion was merged follows the primary one read-only.
 */
@ApplicationScoped
public class OpinionAccess {

    private final Deputies deputies;
    private final OpinionRepository opinions;

    public OpinionAccess(Deputies deputies, OpinionRepository opinions) {
        this.deputies = deputies;
        this.opinions = opinions;
    }

    /** The caller's standing; null when they may not see the opinion at all. */
    public Uni<Standing> standing(Caller caller, Opinion opinion) {
        if (caller.isAdmin()) {
            return Uni.createFrom().item(new Standing(ActorRole.ADMIN));
        }
        if (caller.is(Role.STAFF) && caller.mayAdminister(opinion.regionPath)) {
            return Uni.createFrom().item(new Standing(ActorRole.STAFF));
        }
        if (caller.userId() == opinion.submitterId) {
            return Uni.createFrom().item(new Standing(ActorRole.SUBMITTER));
        }
        Uni<Standing> asDeputy = !caller.is(Role.DEPUTY) || opinion.deputyId == null
                ? Uni.createFrom().nullItem()
                : deputies.ofUser(caller.userId()).map(d -> d != null && d.id().equals(opinion.deputyId)
                        ? new Standing(ActorRole.ASSIGNED_DEPUTY) : null);
        return asDeputy.chain(standing -> standing != null ? Uni.createFrom().item(standing)
                : opinions.mergedFrom(caller.userId(), opinion.id).map(merged -> merged ? Standing.FOLLOWER : null));
    }

    /** {@code role} is null for a follower: a citizen reading the opinion theirs was merged into. */
    public record Standing(ActorRole role) {

        static final Standing FOLLOWER = new Standing(null);

        public boolean seesInternal() {
            return role == ActorRole.STAFF || role == ActorRole.ADMIN || role == ActorRole.ASSIGNED_DEPUTY;
        }

        public boolean isOffice() {
            return role == ActorRole.STAFF || role == ActorRole.ADMIN;
        }
    }
}
