package cn.liaison.opinion.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;

import cn.liaison.casework.Visibility;
import cn.liaison.directory.Deputies;
import cn.liaison.directory.Stations;
import cn.liaison.identity.Accounts;
import cn.liaison.identity.Caller;
import cn.liaison.identity.Role;
import cn.liaison.media.service.MediaLibrary;
import cn.liaison.opinion.ActorRole;
import cn.liaison.opinion.EventType;
import cn.liaison.opinion.Opinion;
import cn.liaison.opinion.OpinionEvent;
import cn.liaison.opinion.OpinionState;
import cn.liaison.opinion.OpinionViews;
import cn.liaison.opinion.repository.OpinionRepository;
import cn.liaison.platform.config.LiaisonConfig;
import cn.liaison.platform.crypto.FieldCipher;
import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.idempotency.Idempotency;
import cn.liaison.platform.ratelimit.RateLimiter;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * A citizen's opinion arrives: screened (never refused for its words: flagged for review),
 * numbered, its phone encrypted, its acceptance deadline set, and its first event written, all in
 * one transaction that a retrying phone cannot repeat (Idempotency-Key).
 */
@ApplicationScoped
public class OpinionSubmissions {

    /** Relayed by a partner's system (Open311): the reason it waits for review, whatever the screen found. */
    public static final String PARTNER_REASON = "OPEN311_PARTNER";

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final OpinionRepository opinions;
    private final Stations stations;
    private final Deputies deputies;
    private final Accounts accounts;
    private final MediaLibrary media;
    private final OpinionPhotos photos;
    private final ContentScreen screen;
    private final OpinionJournal journal;
    private final OpinionDetails details;
    private final Idempotency idempotency;
    private final RateLimiter rateLimiter;
    private final FieldCipher cipher;
    private final OpinionDeadlines deadlines;
    private final LiaisonConfig config;
    private final LookupCodes lookupCodes;
    private final Clock clock;

    public OpinionSubmissions(OpinionRepository opinions, Stations stations, Deputies deputies,
            Accounts accounts, MediaLibrary media, OpinionPhotos photos, ContentScreen screen, OpinionJournal journal,
            OpinionDetails details, Idempotency idempotency, RateLimiter rateLimiter, FieldCipher cipher, OpinionDeadlines deadlines,
            LiaisonConfig config, LookupCodes lookupCodes, Clock clock) {
        this.opinions = opinions;
        this.stations = stations;
        this.deputies = deputies;
        this.accounts = accounts;
        this.media = media;
        this.photos = photos;
        this.screen = screen;
        this.journal = journal;
        this.details = details;
        this.idempotency = idempotency;
        this.rateLimiter = rateLimiter;
        this.cipher = cipher;
        this.deadlines = deadlines;
        this.config = config;
        this.lookupCodes = lookupCodes;
        this.clock = clock;
    }

    /**
     * Screens before any session is open (WeChat may take seconds, and the word list may need its own
     * connection: holding one while waiting for another starves the pool under load), then records
     * the opinion once in its own transaction.
     */
    public Uni<Idempotency.Outcome<OpinionViews.Detail>> submit(Caller caller, String idempotencyKey, @Valid NewOpinion input) {
        return submit(caller, idempotencyKey, input, Channel.CITIZEN, List.of());
    }

    /**
     * An opinion a partner's system passes on (Open311), submitted as from the partner's own account.
     * It always waits for staff review: nobody here has seen who wrote it, and the partner may relay
     * anyone. Otherwise it is checked and screened like a citizen's; the partner's limits are its own,
     * since one partner speaks for many people.
     */
    public Uni<Idempotency.Outcome<OpinionViews.Detail>> submitForPartner(long partnerAccountId, String partner, String idempotencyKey,
            @Valid NewOpinion input) {
        Caller caller = new Caller(partnerAccountId, EnumSet.noneOf(Role.class), null);
        return submit(caller, idempotencyKey, input, Channel.PARTNER, List.of(PARTNER_REASON + ":" + partner));
    }

    /** Who hands the opinion in, and the rate limits that count it. */
    private enum Channel {
        CITIZEN("opinion-hourly", "opinion-daily"), PARTNER("partner-hourly", "partner-daily");

        private final String hourly;
        private final String daily;

        Channel(String hourly, String daily) {
            this.hourly = hourly;
            this.daily = daily;
        }
    }

    private Uni<Idempotency.Outcome<OpinionViews.Detail>> submit(Caller caller, String idempotencyKey, NewOpinion input, Channel channel,
            List<String> alwaysReview) {
        return accounts.contact(caller.userId()).chain(user -> screen.reasonsToReview(user.openid(), input.title() + "\n" + input.content())
                .map(found -> alwaysReview.isEmpty() ? found : Stream.concat(alwaysReview.stream(), found.stream()).toList())
                .chain(reasons -> Panache.withTransaction(() -> idempotency.once("opinion:" + caller.userId(), idempotencyKey,
                        input, OpinionViews.Detail.class, () -> record(caller, user, input, reasons, channel)))));
    }

    private Uni<OpinionViews.Detail> record(Caller caller, Accounts.Contact user, NewOpinion input, List<String> reasons, Channel channel) {
        String subject = Long.toString(caller.userId());
        return rateLimiter.hit(channel.hourly, subject)
                .chain(() -> rateLimiter.hit(channel.daily, subject))
                .chain(() -> stations.byId(input.stationId()))
                .chain(station -> {
                    if (station == null || !station.active()) {
                        return Uni.createFrom().failure(ApiException.invalidField("stationId", "field.station-unknown"));
                    }
                    Uni<Void> deputyCheck = input.deputyId() == null ? Uni.createFrom().voidItem()
                            : deputies.serving(station.id(), List.of(input.deputyId())).invoke(n -> {
                                if (n == 0) {
                                    throw ApiException.invalidField("deputyId", "field.deputy-not-at-station");
                                }
                            }).replaceWithVoid();
                    return deputyCheck.chain(() -> categoryActive(input.categoryId()))
                            .chain(() -> media.requireUsable(caller, input.photoIds(), "photoIds"))
                            .chain(() -> number())
                            .chain(trackingNo -> {
                                Instant now = Instant.now(clock);
                                Opinion o = new Opinion();
                                o.trackingNo = trackingNo;
                                o.submitterId = caller.userId();
                                String phone = input.contactPhone() != null ? input.contactPhone()
                                        : user.phone();
                                if (phone != null) {
                                    o.phoneCipher = cipher.encrypt(phone);
                                    o.phoneHash = cipher.lookupHash(phone);
                                }
                                o.anonymous = input.anonymous();
                                o.confidential = input.confidential();
                                o.consentToPublish = input.consentToPublish() && !input.confidential();
                                o.stationId = station.id();
                                o.regionPath = station.regionPath();
                                o.chosenDeputyId = input.deputyId();
                                o.categoryId = input.categoryId();
                                o.kind = input.kind();
                                o.title = input.title().strip();
                                o.content = input.content().strip();
                                o.place = input.place();
                                o.latitude = input.latitude();
                                o.longitude = input.longitude();
                                o.photoIds = input.photoIds() == null ? List.of() : List.copyOf(input.photoIds());
                                o.state = OpinionState.SUBMITTED;
                                o.flagged = !reasons.isEmpty();
                                o.flagReasons = reasons.isEmpty() ? null : String.join("; ", reasons);
                                o.acceptDueAt = deadlines.acceptBy(now);
                                o.refreshDue();
                                o.createdAt = now;
                                o.updatedAt = now;
                                String code = o.confidential ? lookupCodes.newCode() : null;
                                o.lookupCodeHash = code == null ? null : lookupCodes.hash(trackingNo, code);
                                return opinions.persistAndFlush(o)
                                        .call(saved -> photos.attach(saved.id, saved.photoIds, false))
                                        .call(saved -> journal.append(OpinionEvent.on(saved, EventType.SUBMITTED, null, now)
                                                .by(caller.userId(), ActorRole.SUBMITTER)))
                                        .call(saved -> saved.flagged ? journal.append(OpinionEvent.on(saved, EventType.FLAGGED,
                                                OpinionState.SUBMITTED, now).by(null, ActorRole.ADMIN).saying(saved.flagReasons, List.of())
                                                .seenBy(Visibility.INTERNAL)) : Uni.createFrom().voidItem())
                                        .chain(saved -> details.of(saved, new OpinionAccess.Standing(ActorRole.SUBMITTER), code));
                            });
                });
    }

    private Uni<Void> categoryActive(Long categoryId) {
        if (categoryId == null) {
            return Uni.createFrom().voidItem();
        }
        return opinions.categoryActive(categoryId).invoke(active -> {
            if (!active) {
                throw ApiException.invalidField("categoryId", "field.category-unknown");
            }
        }).replaceWithVoid();
    }

    /** SQ20261125-000123: the day in the deployment's zone, and that day's counter. */
    private Uni<String> number() {
        LocalDate day = LocalDate.ofInstant(Instant.now(clock), config.timeZone());
        return opinions.nextNumberOf(day).map(n -> "SQ" + DAY.format(day) + "-" + String.format("%06d", n));
    }
}
