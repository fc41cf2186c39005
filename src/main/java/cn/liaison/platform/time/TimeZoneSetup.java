package cn.liaison.platform.time;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import cn.liaison.platform.config.LiaisonConfig;
import io.quarkus.runtime.StartupEvent;

@Singleton
class TimeZoneSetup {

    void onStart(@Observes StartupEvent event, LiaisonConfig config) {
        ApiTime.use(config.timeZone());
    }
}
