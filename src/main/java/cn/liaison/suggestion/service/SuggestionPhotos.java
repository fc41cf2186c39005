package cn.liaison.suggestion.service;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.directory.Deputies;
import cn.liaison.identity.Caller;
import cn.liaison.identity.Role;
import cn.liaison.media.PhotoAudience;
import cn.liaison.suggestion.repository.SuggestionLinks;
import io.smallrye.mutiny.Uni;

/**
 * Photos of suggestions and of the departments' letters: the staff handling them in scope, admins,
 * and the deputies who lead or were asked to co-sign them; everyone once it is published.
 */
@ApplicationScoped
public class SuggestionPhotos implements PhotoAudience {

    private final SuggestionLinks links;
    private final Deputies deputies;

    public SuggestionPhotos(SuggestionLinks links, Deputies deputies) {
        this.links = links;
        this.deputies = deputies;
    }

    @Override
    public Uni<Boolean> mayOpen(Caller caller, long mediaId) {
        if (caller == null) {
            return Uni.createFrom().item(false);
        }
        String scope = caller.officeScope();
        Uni<Boolean> asOffice = scope == null ? Uni.createFrom().item(false) : links.holdsPhotoWithin(mediaId, scope);
        return asOffice.chain(yes -> yes || !caller.is(Role.DEPUTY) ? Uni.createFrom().item(yes)
                : deputies.ofUser(caller.userId()).chain(deputy -> deputy == null ? Uni.createFrom().item(false)
                        : links.holdsPhotoOfDeputy(mediaId, deputy.id())));
    }
}
