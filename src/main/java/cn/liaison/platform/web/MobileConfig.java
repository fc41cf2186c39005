package cn.liaison.platform.web;

import java.nio.file.Path;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** Where the phone app's H5 build comes from. Under {@code liaison.mobile.*}. */
@ConfigMapping(prefix = "liaison.mobile")
public interface MobileConfig {

    /**
     * A folder holding the H5 build, read afresh on every request so that a rebuild shows at once:
     * dev mode's src/main/mobile/dist/build/h5. Absent, the build in the jar (its {@code mobile-h5/}).
     */
    Optional<Path> h5Directory();
}
