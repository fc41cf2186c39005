package cn.liaison.demo;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.jboss.logging.Logger;

/**
 * Dev mode only, for a machine with nothing but a JDK: when nothing answers at the PostgreSQL or
 * Redis address dev mode is pointed at ({@code dev-mode.postgres}, {@code dev-mode.redis}), starts
 * one there from binaries that came from Maven Central (zonky's PostgreSQL build, with pg_trgm and
 * btree_gist; the redis-server inside embedded-redis) and keeps its data under {@code .dev-data/};
 * dev mode stops it when it ends. A server that answers always wins, and an address on another
 * host is left alone. PostgreSQL refuses to run as root, so as root it runs as {@code nobody}.
 * The binaries are Linux x86-64 builds; elsewhere install PostgreSQL and Redis (README).
 */
final class DevServers {

    private static final Logger LOG = Logger.getLogger(DevServers.class);
    private static final String POSTGRES_ARCHIVE = "postgres-linux-x86_64.txz";
    private static final String REDIS_BINARY = "redis-server-6.2.6-v5-linux-amd64";

    /** A server this class started; closing it stops it. */
    interface Running extends AutoCloseable {
        @Override
        void close();
    }

    private final Path home;

    /** Servers whose binaries and data live in {@code home} (the project's {@code .dev-data/}). */
    DevServers(Path home) {
        this.home = home.toAbsolutePath();
    }

    /** PostgreSQL at {@code address} (host:port), started when nothing answers there; null when it was not started. */
    Running postgres(String address) throws IOException, InterruptedException {
        InetSocketAddress at = parse(address);
        if (answers(at) || !at.getAddress().isLoopbackAddress()) {
            return null;
        }
        Path bin = unpackPostgres().resolve("bin");
        Path data = home.resolve("postgres");
        Path log = home.resolve("postgres.log");
        boolean root = "root".equals(System.getProperty("user.name"));
        if (!Files.exists(data.resolve("PG_VERSION"))) {
            Files.createDirectories(data);
            Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
            if (root) {
                ownedByNobody(data);
            }
            run(root, bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres", "-A", "trust", "-E", "UTF8",
                    "--locale=C.UTF-8");
        }
        if (root) {
            Files.deleteIfExists(log);
            Files.createFile(log);
            ownedByNobody(log);
        }
        String pgCtl = bin.resolve("pg_ctl").toString();
        run(root, pgCtl, "-D", data.toString(), "-l", log.toString(), "-w", "start",
                "-o", "-p " + at.getPort() + " -h " + at.getHostString() + " -k /tmp");
        LOG.infof("Nothing answered at %s: started PostgreSQL 16 from Maven Central there%s, its data in %s", address,
                root ? " (as nobody)" : "", data);
        return () -> {
            try {
                run(root, pgCtl, "-D", data.toString(), "-m", "fast", "-w", "stop");
            } catch (IOException e) {
                LOG.warnf("The dev PostgreSQL did not stop: %s", e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    /** Redis at {@code address} (host:port), started when nothing answers there; null when it was not started. */
    Running redis(String address) throws IOException, InterruptedException {
        InetSocketAddress at = parse(address);
        if (answers(at) || !at.getAddress().isLoopbackAddress()) {
            return null;
        }
        Path server = home.resolve(REDIS_BINARY);
        if (!Files.exists(server)) {
            copyResource(REDIS_BINARY, server);
            Files.setPosixFilePermissions(server, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Path data = Files.createDirectories(home.resolve("redis"));
        Process redis = new ProcessBuilder(server.toString(), "--port", Integer.toString(at.getPort()), "--bind", at.getHostString(),
                "--dir", data.toString(), "--save", "60 1", "--appendonly", "no", "--logfile", data.resolve("redis.log").toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        for (int i = 0; i < 50 && !answers(at); i++) {
            if (!redis.isAlive()) {
                throw new IOException("redis-server stopped at once; see " + data.resolve("redis.log"));
            }
            Thread.sleep(100);
        }
        LOG.infof("Nothing answered at %s: started Redis 6.2 from Maven Central there, its data in %s", address, data);
        return () -> {
            redis.destroy();
            try {
                redis.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    private static InetSocketAddress parse(String address) throws IOException {
        int colon = address.lastIndexOf(':');
        return new InetSocketAddress(InetAddress.getByName(address.substring(0, colon)), Integer.parseInt(address.substring(colon + 1)));
    }

    private static boolean answers(InetSocketAddress at) {
        try (Socket socket = new Socket()) {
            socket.connect(at, 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The PostgreSQL build, unpacked once into .dev-data/ from the archive zonky publishes on Maven Central. */
    private Path unpackPostgres() throws IOException {
        Path unpacked = home.resolve("postgres-16");
        if (Files.exists(unpacked.resolve("bin/pg_ctl"))) {
            return unpacked;
        }
        Path partial = Files.createDirectories(home.resolve("postgres-16.partial"));
        try (InputStream archive = resource(POSTGRES_ARCHIVE);
                TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(archive))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                Path target = partial.resolve(entry.getName()).normalize();
                if (!target.startsWith(partial)) {
                    throw new IOException("Unexpected path in " + POSTGRES_ARCHIVE + ": " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(target.getParent());
                    Files.deleteIfExists(target);
                    Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
                    boolean executable = (entry.getMode() & 0100) != 0;
                    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
        }
        Files.move(partial, unpacked);
        return unpacked;
    }

    private static void copyResource(String name, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        try (InputStream in = resource(name)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is not on the classpath (pom.xml: the dev-mode database binaries)");
        }
        return in;
    }

    private static void ownedByNobody(Path path) throws IOException {
        UserPrincipalLookupService users = path.getFileSystem().getUserPrincipalLookupService();
        Files.setOwner(path, users.lookupPrincipalByName("nobody"));
    }

    /** Runs a PostgreSQL tool to its end, as nobody when we are root (PostgreSQL refuses root). */
    private static void run(boolean asNobody, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>();
        if (asNobody) {
            line.addAll(List.of("setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", "--"));
        }
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", line) + " failed:\n" + output);
        }
    }
}
