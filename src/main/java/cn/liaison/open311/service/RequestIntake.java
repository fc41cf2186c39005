package cn.liaison.open311.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.directory.StationQuery;
import cn.liaison.directory.StationView;
import cn.liaison.open311.GeoReport;
import cn.liaison.opinion.OpinionKind;
import cn.liaison.opinion.service.NewOpinion;
import cn.liaison.opinion.service.OpinionSubmissions;
import cn.liaison.directory.service.DirectoryQueries;
import cn.liaison.platform.error.ApiException;
import io.smallrye.mutiny.Uni;

/**
 * A partner's service request becomes an opinion, through the opinion feature's own submission
 * (its checks, sensitive words, limits and numbering), as from the partner's account and always
 * waiting for staff review. Chosen where GeoReport has no counterpart: it is a request (求决), to
 * the active station nearest its coordinates within 50 km (else the key's station), titled with the
 * start of its description, consenting to publication (a GeoReport request is public by nature;
 * staff still decide), not anonymous (the partner is named as its submitter, no person is).
 */
@ApplicationScoped
public class RequestIntake {

    static final String NOTICE = "已收到，等待工作人员审核；受理后按时限办理，公开后可在 requests.json 查到。";
    private static final double NEAR_KM = 50;
    private static final int TITLE_MAX = 50;

    private final PartnerKeys keys;
    private final DirectoryQueries directory;
    private final OpinionSubmissions submissions;

    public RequestIntake(PartnerKeys keys, DirectoryQueries directory, OpinionSubmissions submissions) {
        this.keys = keys;
        this.directory = directory;
        this.submissions = submissions;
    }

    /**
     * Without an {@code idempotencyKey} (GeoReport has none) each call is a new request; a partner
     * that may retry sends the header, as the app does.
     */
    public Uni<GeoReport.Created> submit(NewServiceRequest request, String idempotencyKey) {
        return keys.partnerOf(request.apiKey()).chain(partner -> {
            Long categoryId = serviceCode(request.serviceCode());
            Double lat = coordinate("lat", request.lat(), 90);
            Double lon = coordinate("long", request.longitude(), 180);
            if ((lat == null) != (lon == null)) {
                throw ApiException.invalidField(lat == null ? "lat" : "long", "constraint.NotBlank");
            }
            return station(lat, lon, partner.stationId()).chain(stationId -> {
                String description = request.description() == null ? "" : request.description().strip();
                NewOpinion opinion = new NewOpinion(stationId, null, categoryId, OpinionKind.REQUEST, title(description), description,
                        blankToNull(request.addressString()), lat, lon, List.of(), false, false, true, phone(request.phone()));
                String key = idempotencyKey == null || idempotencyKey.isBlank() ? "open311-" + UUID.randomUUID() : idempotencyKey;
                return submissions.submitForPartner(partner.accountId(), partner.name(), key, opinion);
            });
        }).map(outcome -> new GeoReport.Created(outcome.answer().trackingNo(), NOTICE, null));
    }

    private Uni<Long> station(Double lat, Double lon, long fallback) {
        if (lat == null) {
            return Uni.createFrom().item(fallback);
        }
        StationQuery near = new StationQuery(null, null, null, new StationQuery.Point(lat, lon), NEAR_KM);
        return directory.stations(near, null, 1).map(page -> page.items().stream().findFirst().map(StationView::id).orElse(fallback));
    }

    private static Long serviceCode(String code) {
        if (code == null || code.isBlank()) {
            throw ApiException.invalidField("service_code", "constraint.NotBlank");
        }
        try {
            return Long.parseLong(code.strip());
        } catch (NumberFormatException e) {
            throw ApiException.invalidField("service_code", "field.open311-service-code");
        }
    }

    private static Double coordinate(String field, String value, double bound) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            double parsed = Double.parseDouble(value.strip());
            if (Double.isNaN(parsed) || Math.abs(parsed) > bound) {
                throw ApiException.invalidField(field, "field.malformed");
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw ApiException.invalidField(field, "field.malformed");
        }
    }

    /**
     * The start of the description on one line, at most 50 characters (a pair of surrogates is not cut): the opinion's own rules on the
     * description's length (10 to 2,000) then answer for both.
     */
    static String title(String description) {
        String oneLine = description.replaceAll("\\s+", " ").strip();
        if (oneLine.length() <= TITLE_MAX) {
            return oneLine;
        }
        return oneLine.substring(0, Character.isHighSurrogate(oneLine.charAt(TITLE_MAX - 1)) ? TITLE_MAX - 1 : TITLE_MAX);
    }

    /** A mainland mobile as partners write it (+86 138 1234 5678, 138-1234-5678); anything else is left for the opinion's check to refuse. */
    private static String phone(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        String digits = phone.replaceAll("[\\s-]", "");
        return digits.startsWith("+86") ? digits.substring(3) : digits.startsWith("0086") ? digits.substring(4) : digits;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
