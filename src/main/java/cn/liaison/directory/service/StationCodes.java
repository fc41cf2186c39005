package cn.liaison.directory.service;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import cn.liaison.directory.repository.StationRepository;
import cn.liaison.platform.error.ApiException;
import cn.liaison.wechat.WeChatConfig;
import cn.liaison.wechat.WeChatPlatform;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.value.SetArgs;
import io.smallrye.mutiny.Uni;

/**
 * The mini-program code (联络站码) printed on a station's door. WeChat draws it once; it is kept in
 * Redis for all instances, since it only changes if the mini-program's page does.
 */
@ApplicationScoped
public class StationCodes {

    private static final Logger LOG = Logger.getLogger(StationCodes.class);
    private static final Duration KEPT = Duration.ofDays(30);
    private static final String SEPARATOR = "\n";

    private final StationRepository stations;
    private final WeChatPlatform wechat;
    private final ReactiveRedisDataSource redis;
    private final WeChatConfig config;

    public StationCodes(StationRepository stations, WeChatPlatform wechat, ReactiveRedisDataSource redis, WeChatConfig config) {
        this.stations = stations;
        this.wechat = wechat;
        this.redis = redis;
        this.config = config;
    }

    /** No session spans the WeChat call: a connection held for seconds is one the pool lacks. */
    public Uni<WeChatPlatform.Picture> codeFor(long stationId) {
        String key = "station-code:" + stationId + ":" + config.stationPage();
        return stations.findById(stationId).chain(station -> {
            if (station == null || !station.active) {
                return Uni.createFrom().failure(ApiException.notFound());
            }
            return cached(key).chain(picture -> picture != null ? Uni.createFrom().item(picture)
                    : wechat.miniProgramCode("sid=" + stationId, config.stationPage()).call(drawn -> keep(key, drawn)));
        });
    }

    private Uni<WeChatPlatform.Picture> cached(String key) {
        return redis.value(String.class).get(key)
                .map(value -> {
                    if (value == null) {
                        return null;
                    }
                    int split = value.indexOf(SEPARATOR);
                    return new WeChatPlatform.Picture(value.substring(0, split),
                            java.util.Base64.getDecoder().decode(value.substring(split + 1)));
                })
                .onFailure().recoverWithNull();
    }

    private Uni<Void> keep(String key, WeChatPlatform.Picture picture) {
        String value = picture.contentType() + SEPARATOR + java.util.Base64.getEncoder().encodeToString(picture.bytes());
        return redis.value(String.class).set(key, value, new SetArgs().ex(KEPT))
                .onFailure().invoke(e -> LOG.debugf("Station code not cached: %s", e))
                .onFailure().recoverWithNull();
    }
}
