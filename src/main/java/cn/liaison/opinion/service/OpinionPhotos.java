package cn.liaison.opinion.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.identity.Caller;
import cn.liaison.media.PhotoAudience;
import cn.liaison.media.service.MediaLibrary;
import cn.liaison.opinion.repository.OpinionRepository;
import io.smallrye.mutiny.Uni;

/**
 * Photos attached to opinions: whoever may see the opinion may open them (the staff routing it, the
 * assigned deputy, the citizen reading a reply), and anyone may open a reply's photos once the
 * opinion is on the public board. The citizen's own photos never become public.
 */
@ApplicationScoped
public class OpinionPhotos implements PhotoAudience {

    /** A photo attached to more opinions than this is looked at on the first ones only. */
    private static final int MOST_OPINIONS = 20;

    private final OpinionRepository opinions;
    private final OpinionAccess access;
    private final MediaLibrary media;

    public OpinionPhotos(OpinionRepository opinions, OpinionAccess access, MediaLibrary media) {
        this.opinions = opinions;
        this.access = access;
        this.media = media;
    }

    /** Attaches photos the caller uploaded (400 naming {@code photoIds} otherwise); in the transaction that attaches them. */
    Uni<Void> attachOwn(Caller caller, long opinionId, List<Long> photoIds, boolean inReply) {
        return media.requireUsable(caller, photoIds, "photoIds").chain(() -> attach(opinionId, photoIds, inReply));
    }

    /** Records where the photos were attached; in the transaction that attaches them. */
    Uni<Void> attach(long opinionId, List<Long> photoIds, boolean inReply) {
        if (photoIds == null || photoIds.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return opinions.attachPhotos(opinionId, photoIds, inReply);
    }

    @Override
    public Uni<Boolean> mayOpen(Caller caller, long mediaId) {
        // Signed out, only a reply's photos can be seen: the other rows need not be read at all.
        return opinions.photoPlaces(mediaId, caller != null, MOST_OPINIONS).chain(rows -> anySees(caller, rows, 0));
    }

    private Uni<Boolean> anySees(Caller caller, List<Object[]> rows, int next) {
        if (next == rows.size()) {
            return Uni.createFrom().item(false);
        }
        long opinionId = ((Number) rows.get(next)[0]).longValue();
        boolean inReply = (Boolean) rows.get(next)[1];
        return opinions.findById(opinionId)
                .chain(o -> inReply && o.publishedAt != null ? Uni.createFrom().item(true)
                        : caller == null ? Uni.createFrom().item(false)
                        : access.standing(caller, o).map(standing -> standing != null))
                .chain(yes -> yes ? Uni.createFrom().item(true) : anySees(caller, rows, next + 1));
    }
}
