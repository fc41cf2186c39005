package cn.liaison.directory.service;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.directory.repository.ProfileChangeRepository;
import cn.liaison.identity.Caller;
import cn.liaison.media.PhotoAudience;
import io.smallrye.mutiny.Uni;

/** Photos a deputy proposes in a profile change: the staff who review changes in their scope see them, admins all. */
@ApplicationScoped
public class ProfileChangePhotos implements PhotoAudience {

    private final ProfileChangeRepository changes;

    public ProfileChangePhotos(ProfileChangeRepository changes) {
        this.changes = changes;
    }

    @Override
    public Uni<Boolean> mayOpen(Caller caller, long mediaId) {
        String scope = caller == null ? null : caller.officeScope();
        return scope == null ? Uni.createFrom().item(false) : changes.holdsPhotoWithin(mediaId, scope);
    }
}
