package cn.liaison.identity;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** The first admin account, made at start when there is none. Under {@code liaison.bootstrap.*}. */
@ConfigMapping(prefix = "liaison.bootstrap")
public interface BootstrapConfig {

    /** Username of the first admin, created at start when no admin exists. */
    Optional<String> adminUsername();

    /** Password of that first admin; at least 12 characters in production. */
    Optional<String> adminPassword();
}
