package cn.liaison.identity.service;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import cn.liaison.identity.BootstrapConfig;
import cn.liaison.identity.Role;
import cn.liaison.identity.User;
import cn.liaison.identity.repository.UserRepository;
import cn.liaison.platform.crypto.PasswordHasher;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;

/**
 * Creates the first admin from {@code liaison.bootstrap.*} when there is none, so that a fresh
 * deployment can be administered. Instances starting together may both try; the unique username
 * lets one win.
 */
@ApplicationScoped
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);

    private final UserRepository users;
    private final BootstrapConfig config;
    private final Clock clock;

    public AdminBootstrap(UserRepository users, BootstrapConfig config, Clock clock) {
        this.users = users;
        this.config = config;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent event) throws Throwable {
        var bootstrap = config;
        if (bootstrap.adminUsername().isEmpty() || bootstrap.adminPassword().isEmpty()) {
            return;
        }
        String hash = PasswordHasher.hashNow(bootstrap.adminPassword().get());
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> users.anyAdmin().chain(exists -> {
            if (exists) {
                return Uni.createFrom().voidItem();
            }
            User admin = new User();
            admin.username = bootstrap.adminUsername().get();
            admin.nickname = "Administrator";
            admin.passwordHash = hash;
            admin.setRoles(EnumSet.of(Role.ADMIN));
            admin.createdAt = Instant.now(clock);
            admin.updatedAt = admin.createdAt;
            LOG.infof("Creating the first admin account '%s'", admin.username);
            return users.persist(admin).replaceWithVoid();
        })).onFailure().invoke(e -> LOG.warnf("First admin not created (another instance may have): %s", e.toString()))
                .onFailure().recoverWithNull());
    }
}
