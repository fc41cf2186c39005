package cn.liaison.media;

import cn.liaison.identity.Caller;
import io.smallrye.mutiny.Uni;

/**
 * Something photos are attached to, which decides who besides their uploader may open them: the
 * media package knows nothing of opinions, so opinions answer for their own photos.
 */
public interface PhotoAudience {

    /** Whether the caller ({@code null} when signed out) may open the photo; runs in the caller's session. */
    Uni<Boolean> mayOpen(Caller caller, long mediaId);
}
