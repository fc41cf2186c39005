package cn.liaison.open311;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.liaison.platform.time.ApiTime;

/** An issued key as admins see it: never the key itself, except once in {@link Issued}. */
@Schema(name = "Open311Key")
public record PartnerKeyView(Long id, String partner,
        @Schema(description = "The key's first characters, to tell keys apart") String keyPrefix,
        @Schema(description = "The station that receives requests without coordinates (or none near one)") Long stationId,
        OffsetDateTime issuedAt, OffsetDateTime revokedAt) {

    public static PartnerKeyView of(PartnerKey key) {
        return new PartnerKeyView(key.id, key.partner, key.keyPrefix, key.stationId, ApiTime.of(key.issuedAt), ApiTime.of(key.revokedAt));
    }

    /** What an admin asks for: a key for a named partner, whose requests without a place go to a station. */
    @Schema(name = "NewOpen311Key")
    public record Request(@NotBlank @Size(max = 64) @Schema(description = "The partner's name, shown as the submitter of its requests") String partner,
            @NotNull Long stationId) {
    }

    /** The answer of issuing: the key, shown this once (only its hash is kept). */
    @Schema(name = "IssuedOpen311Key")
    public record Issued(PartnerKeyView key, @Schema(description = "The api_key; shown only now, store it at once") String apiKey) {
    }
}
