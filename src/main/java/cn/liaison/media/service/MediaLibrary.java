package cn.liaison.media.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import cn.liaison.identity.Caller;
import cn.liaison.media.ImageType;
import cn.liaison.media.Media;
import cn.liaison.media.MediaConfig;
import cn.liaison.media.PhotoAudience;
import cn.liaison.media.repository.MediaRepository;
import cn.liaison.media.storage.MediaStorage;
import cn.liaison.platform.crypto.Secrets;
import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.error.ErrorCode;
import cn.liaison.platform.ratelimit.RateLimiter;
import cn.liaison.platform.web.OffEventLoop;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;

/** Accepts photos, serves them to who may see them, and publishes them when attached to public things. */
@ApplicationScoped
public class MediaLibrary {

    private static final int MEGABYTE = 1024 * 1024;

    private final MediaRepository media;
    private final MediaStorage storage;
    private final RateLimiter rateLimiter;
    private final Vertx vertx;
    private final MediaConfig config;
    private final Clock clock;
    private final Instance<PhotoAudience> audiences;

    public MediaLibrary(MediaRepository media, MediaStorage storage, RateLimiter rateLimiter, Vertx vertx,
            MediaConfig config, Clock clock, Instance<PhotoAudience> audiences) {
        this.media = media;
        this.storage = storage;
        this.rateLimiter = rateLimiter;
        this.vertx = vertx;
        this.config = config;
        this.clock = clock;
        this.audiences = audiences;
    }

    /** Reads the uploaded file, checks what its bytes are, strips location metadata, stores it. */
    public Uni<MediaView> upload(long ownerId, String uploadedFile, long size) {
        int limit = config.maxBytes();
        if (size > limit) {
            return Uni.createFrom().failure(new ApiException(ErrorCode.FILE_TOO_LARGE, limit / MEGABYTE));
        }
        return rateLimiter.hit("uploads", Long.toString(ownerId))
                .chain(() -> vertx.fileSystem().readFile(uploadedFile))
                .chain(buffer -> OffEventLoop.run(() -> clean(buffer.getBytes())))
                .chain(image -> {
                    String key = Secrets.randomToken(24);
                    return storage.put(key, image.bytes()).chain(() -> record(ownerId, key, image));
                });
    }

    private static CleanImage clean(byte[] bytes) {
        ImageType type = ImageType.sniff(bytes).orElseThrow(() -> new ApiException(ErrorCode.UNSUPPORTED_IMAGE));
        try {
            return new CleanImage(type, LocationStripper.strip(type, bytes));
        } catch (LocationStripper.MalformedImageException e) {
            throw new ApiException(ErrorCode.UNSUPPORTED_IMAGE);
        }
    }

    @WithTransaction
    Uni<MediaView> record(long ownerId, String key, CleanImage image) {
        Media item = new Media();
        item.ownerId = ownerId;
        item.contentType = image.type().contentType();
        item.sizeBytes = image.bytes().length;
        item.storageKey = key;
        item.createdAt = Instant.now(clock);
        return media.persist(item).map(MediaLibrary::view);
    }

    /**
     * The image if the caller may see it: public ones to anyone; others to their uploader and to
     * whoever a {@link PhotoAudience} of what it is attached to lets see it (an opinion's, a duty
     * record's or a profile change's).
     */
    @WithSession
    public Uni<Image> open(Caller caller, long id) {
        return media.findById(id).chain(item -> {
            if (item == null) {
                return Uni.createFrom().failure(ApiException.notFound());
            }
            // Nobody but its uploader opens a photo attached to nothing, admins included.
            boolean allowed = item.isPublic || caller != null && caller.userId() == item.ownerId;
            return (allowed ? Uni.createFrom().item(true) : seenWhereAttached(caller, id)).chain(yes -> yes
                    ? storage.get(item.storageKey).map(bytes -> new Image(item.contentType, bytes, item.isPublic))
                    : Uni.createFrom().failure(ApiException.notFound()));
        });
    }

    /** Whether what the photo is attached to lets the caller see it; asked one after another, in this session. */
    private Uni<Boolean> seenWhereAttached(Caller caller, long id) {
        Uni<Boolean> seen = Uni.createFrom().item(false);
        for (PhotoAudience audience : audiences) {
            seen = seen.chain(yes -> yes ? Uni.createFrom().item(true) : audience.mayOpen(caller, id));
        }
        return seen;
    }

    /**
     * Makes photos public because they are being attached to something public. Each must exist and
     * be the caller's own or public already: nobody publishes another person's private photo by id.
     * Runs in the caller's transaction.
     */
    public Uni<Void> publish(Caller caller, Collection<Long> ids, String field) {
        return usable(caller, ids, field).invoke(found -> found.forEach(m -> m.isPublic = true)).replaceWithVoid();
    }

    /** Checks that the caller may attach these photos (their own, or public), without publishing them. */
    public Uni<Void> requireUsable(Caller caller, Collection<Long> ids, String field) {
        return usable(caller, ids, field).replaceWithVoid();
    }

    /** Publishes photos already checked when they were attached, now that their owner became public. */
    public Uni<Void> makePublic(Collection<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return media.update("isPublic = true where id in ?1", List.copyOf(ids)).replaceWithVoid();
    }

    private Uni<List<Media>> usable(Caller caller, Collection<Long> ids, String field) {
        if (ids == null || ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<Long> distinct = ids.stream().distinct().toList();
        return media.list("id in ?1", distinct).map(found -> {
            boolean usable = found.size() == distinct.size()
                    && found.stream().allMatch(m -> m.isPublic || m.ownerId == caller.userId());
            if (!usable) {
                throw ApiException.invalidField(field, "field.photo-unknown");
            }
            return found;
        });
    }

    static MediaView view(Media item) {
        return new MediaView(item.id, item.contentType, item.sizeBytes, "/api/v1/media/" + item.id);
    }

    public record Image(String contentType, byte[] bytes, boolean isPublic) {
    }

    record CleanImage(ImageType type, byte[] bytes) {
    }
}
