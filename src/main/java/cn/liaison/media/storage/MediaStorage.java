package cn.liaison.media.storage;

import io.smallrye.mutiny.Uni;

/** Where photo bytes live: the disk today, an object store later, behind the same two calls. */
public interface MediaStorage {

    Uni<Void> put(String key, byte[] bytes);

    /** The bytes stored under {@code key}, or a failure when there are none. */
    Uni<byte[]> get(String key);
}
