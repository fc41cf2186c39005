package cn.liaison.suggestion.service;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.directory.Deputies;
import cn.liaison.identity.Caller;
import cn.liaison.identity.Role;
import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.error.ErrorCode;
import cn.liaison.suggestion.Suggestion;
import cn.liaison.suggestion.SuggestionRole;
import cn.liaison.suggestion.repository.SuggestionLinks;
import io.smallrye.mutiny.Uni;

/**
 * How the caller stands to a suggestion: its lead deputy, a deputy asked to co-sign it, or staff in
 * the scope of the lead deputy's region once it was submitted (a draft is the deputies' own). Nobody
 * else sees it until it is published: 404, so that ids cannot be probed.
 */
@ApplicationScoped
public class SuggestionAccess {

    private final Deputies deputies;
    private final SuggestionLinks links;

    public SuggestionAccess(Deputies deputies, SuggestionLinks links) {
        this.deputies = deputies;
        this.links = links;
    }

    /** The caller's standing; null when they may not see the suggestion. */
    public Uni<SuggestionRole> standing(Caller caller, Suggestion s) {
        if (caller == null) {
            return Uni.createFrom().nullItem();
        }
        if (s.submittedAt != null && caller.isAdmin()) {
            return Uni.createFrom().item(SuggestionRole.ADMIN);
        }
        if (s.submittedAt != null && caller.is(Role.STAFF) && caller.mayAdminister(s.regionPath)) {
            return Uni.createFrom().item(SuggestionRole.STAFF);
        }
        if (!caller.is(Role.DEPUTY)) {
            return Uni.createFrom().nullItem();
        }
        return deputies.ofUser(caller.userId()).chain(deputy -> {
            if (deputy == null) {
                return Uni.createFrom().nullItem();
            }
            if (deputy.id().equals(s.leadDeputyId)) {
                return Uni.createFrom().item(SuggestionRole.LEAD_DEPUTY);
            }
            return links.cosigners(s.id).map(cosigners -> cosigners.stream().anyMatch(c -> c.deputyId() == deputy.id())
                    ? SuggestionRole.COSIGNER : null);
        });
    }

    /** The deputy the caller speaks for; 403 for an account that is no deputy's. */
    public Uni<Deputies.Ref> ownDeputy(Caller caller) {
        return deputies.ofUser(caller.userId()).map(deputy -> {
            if (deputy == null || !deputy.active()) {
                throw new ApiException(ErrorCode.FORBIDDEN);
            }
            return deputy;
        });
    }
}
