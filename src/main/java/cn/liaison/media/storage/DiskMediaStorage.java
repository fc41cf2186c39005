package cn.liaison.media.storage;

import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.media.MediaConfig;
import io.quarkus.arc.DefaultBean;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;

/**
 * Keeps photos under {@code liaison.media.directory}, two levels of sub-folders deep so that no
 * folder grows huge. Uses Vert.x' asynchronous file system, never blocking the event loop. With
 * several instances, the folder must be shared storage (or replace this bean by an object store).
 */
@ApplicationScoped
@DefaultBean
public class DiskMediaStorage implements MediaStorage {

    private final Vertx vertx;
    private final Path root;

    public DiskMediaStorage(Vertx vertx, MediaConfig config) {
        this.vertx = vertx;
        this.root = config.directory();
    }

    @Override
    public Uni<Void> put(String key, byte[] bytes) {
        Path file = fileOf(key);
        return vertx.fileSystem().mkdirs(file.getParent().toString())
                .chain(() -> vertx.fileSystem().writeFile(file.toString(), Buffer.buffer(bytes)));
    }

    @Override
    public Uni<byte[]> get(String key) {
        return vertx.fileSystem().readFile(fileOf(key).toString()).map(Buffer::getBytes);
    }

    private Path fileOf(String key) {
        if (!key.matches("[A-Za-z0-9_-]{16,64}")) {
            throw new IllegalArgumentException("Not a storage key");
        }
        return root.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key);
    }
}
