package cn.liaison.open311;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An api_key issued to a named partner; only its hash is kept. Revoked keys stay, so that the list shows what was issued. */
@Entity
@Table(name = "open311_keys")
public class PartnerKey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String partner;

    @Column(name = "key_hash")
    public String keyHash;

    @Column(name = "key_prefix")
    public String keyPrefix;

    /** The account the partner's requests are submitted as. */
    @Column(name = "account_id")
    public Long accountId;

    /** Where requests go that give no coordinates, or none near a station. */
    @Column(name = "station_id")
    public Long stationId;

    @Column(name = "issued_by")
    public Long issuedBy;

    @Column(name = "issued_at")
    public Instant issuedAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    public boolean revoked() {
        return revokedAt != null;
    }

    /** Revoked once: a second revocation keeps the first time. */
    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }
}
