package cn.liaison.open311.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;

import cn.liaison.directory.Stations;
import cn.liaison.identity.Accounts;
import cn.liaison.open311.PartnerKey;
import cn.liaison.open311.PartnerKeyView;
import cn.liaison.open311.repository.PartnerKeyRepository;
import cn.liaison.platform.crypto.Secrets;
import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.error.ErrorCode;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * The api_keys partners submit with: issued by admins to a named partner, shown once and kept as a
 * hash (a key is 32 random bytes, so a plain SHA-256 cannot be guessed back, and a look-up by hash
 * needs no slow hash per request), revoked for good.
 */
@ApplicationScoped
public class PartnerKeys {

    /** A partner as a valid key names it. */
    public record Partner(long keyId, String name, long accountId, long stationId) {
    }

    static final String PREFIX = "o311_";
    private static final int SHOWN_CHARACTERS = 10;

    private final PartnerKeyRepository keys;
    private final Accounts accounts;
    private final Stations stations;
    private final Clock clock;

    public PartnerKeys(PartnerKeyRepository keys, Accounts accounts, Stations stations, Clock clock) {
        this.keys = keys;
        this.accounts = accounts;
        this.stations = stations;
        this.clock = clock;
    }

    /**
     * Issues a key and the account the partner's requests are submitted as. Not idempotent on purpose:
     * a stored answer to replay would hold the key in clear text.
     */
    @WithTransaction
    public Uni<PartnerKeyView.Issued> issue(long adminId, @Valid PartnerKeyView.Request request) {
        Instant now = Instant.now(clock);
        String apiKey = PREFIX + Secrets.randomToken(32);
        String partner = request.partner().strip();
        return stations.byId(request.stationId()).chain(station -> {
            if (station == null || !station.active()) {
                return Uni.createFrom().failure(ApiException.invalidField("stationId", "field.station-unknown"));
            }
            return accounts.openForPartner(partner, now).chain(accountId -> {
                PartnerKey key = new PartnerKey();
                key.partner = partner;
                key.keyHash = Secrets.sha256Hex(apiKey);
                key.keyPrefix = apiKey.substring(0, SHOWN_CHARACTERS);
                key.accountId = accountId;
                key.stationId = station.id();
                key.issuedBy = adminId;
                key.issuedAt = now;
                return keys.persist(key);
            }).map(saved -> new PartnerKeyView.Issued(PartnerKeyView.of(saved), apiKey));
        });
    }

    @WithSession
    public Uni<List<PartnerKeyView>> list() {
        return keys.newestFirst().map(all -> all.stream().map(PartnerKeyView::of).toList());
    }

    /** Revokes the key at once: its next request answers 403. Revoking a revoked key changes nothing. */
    @WithTransaction
    public Uni<PartnerKeyView> revoke(long id) {
        return keys.findById(id).map(key -> {
            if (key == null) {
                throw ApiException.notFound();
            }
            key.revoke(Instant.now(clock));
            return PartnerKeyView.of(key);
        });
    }

    /** The partner a key names, if the key was issued and is not revoked; otherwise 403 API_KEY_INVALID. */
    @WithSession
    public Uni<Partner> partnerOf(String apiKey) {
        if (apiKey == null || apiKey.isBlank() || apiKey.length() > 128) {
            return Uni.createFrom().failure(new ApiException(ErrorCode.API_KEY_INVALID));
        }
        return keys.byHash(Secrets.sha256Hex(apiKey.strip())).map(key -> {
            if (key == null || key.revoked()) {
                throw new ApiException(ErrorCode.API_KEY_INVALID);
            }
            return new Partner(key.id, key.partner, key.accountId, key.stationId);
        });
    }
}
