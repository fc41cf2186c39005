package cn.liaison.suggestion.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;

import cn.liaison.deadline.DeadlineRules;
import cn.liaison.directory.Deputies;
import cn.liaison.identity.Caller;
import cn.liaison.media.service.MediaLibrary;
import cn.liaison.opinion.CatalogueLookup;
import cn.liaison.opinion.Rating;
import cn.liaison.opinion.SuggestionSources;
import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.idempotency.Idempotency;
import cn.liaison.suggestion.Suggestion;
import cn.liaison.suggestion.SuggestionAction;
import cn.liaison.suggestion.SuggestionConfig;
import cn.liaison.suggestion.SuggestionEventType;
import cn.liaison.suggestion.SuggestionRole;
import cn.liaison.suggestion.SuggestionState;
import cn.liaison.suggestion.SuggestionViews;
import cn.liaison.suggestion.repository.SuggestionLinks;
import cn.liaison.suggestion.repository.SuggestionRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * What deputies do with a suggestion: the lead deputy drafts it from the opinions assigned to them
 * and asks others to co-sign; each of those confirms or declines; the lead deputy submits it once
 * every co-signer confirmed, may withdraw it before acceptance, and rates the handling at the end.
 */
@ApplicationScoped
public class SuggestionDrafts {

    private final SuggestionRepository suggestions;
    private final SuggestionLinks links;
    private final SuggestionSteps steps;
    private final SuggestionAccess access;
    private final SuggestionNews news;
    private final SuggestionDetails details;
    private final SuggestionSources sources;
    private final Deputies deputies;
    private final CatalogueLookup catalogue;
    private final MediaLibrary media;
    private final Idempotency idempotency;
    private final DeadlineRules rules;
    private final SuggestionConfig config;
    private final Clock clock;

    public SuggestionDrafts(SuggestionRepository suggestions, SuggestionLinks links, SuggestionSteps steps, SuggestionAccess access,
            SuggestionNews news, SuggestionDetails details, SuggestionSources sources, Deputies deputies, CatalogueLookup catalogue,
            MediaLibrary media, Idempotency idempotency, DeadlineRules rules, SuggestionConfig config, Clock clock) {
        this.suggestions = suggestions;
        this.links = links;
        this.steps = steps;
        this.access = access;
        this.news = news;
        this.details = details;
        this.sources = sources;
        this.deputies = deputies;
        this.catalogue = catalogue;
        this.media = media;
        this.idempotency = idempotency;
        this.rules = rules;
        this.config = config;
        this.clock = clock;
    }

    /** The texts of the caller's assigned opinions to draft from, personal data removed. */
    @WithSession
    public Uni<List<SuggestionSources.SourceText>> sourceTexts(Caller caller, List<Long> opinionIds) {
        return access.ownDeputy(caller).chain(deputy -> sources.of(deputy.id(), opinionIds, "opinionId"));
    }

    @WithTransaction
    public Uni<Idempotency.Outcome<SuggestionViews.Detail>> create(Caller caller, String idempotencyKey,
            @Valid SuggestionCommands.Draft input) {
        return idempotency.once("suggestion:" + caller.userId(), idempotencyKey, input, SuggestionViews.Detail.class,
                () -> access.ownDeputy(caller).chain(deputy -> checked(caller, deputy.id(), input).chain(() -> {
                    Instant now = Instant.now(clock);
                    Suggestion s = new Suggestion();
                    s.leadDeputyId = deputy.id();
                    s.regionPath = deputy.regionPath();
                    s.state = SuggestionState.DRAFT;
                    s.createdAt = now;
                    write(s, input, now);
                    return suggestions.persistAndFlush(s)
                            .chain(() -> links.sourcesExactly(s.id, ids(input.opinionIds())))
                            .chain(() -> links.inviteExactly(s.id, ids(input.cosignerIds())))
                            .call(invited -> news.invited(s, invited, now))
                            .call(() -> steps.recordCreated(s, caller.userId(), now))
                            .chain(() -> details.of(s, SuggestionRole.LEAD_DEPUTY));
                })));
    }

    /**
     * Replaces what the draft says. Deputies newly asked to co-sign are told, those dropped are no
     * longer asked; when the title or the text changed, those who had answered are asked again,
     * since they agreed to words that are no longer there.
     */
    @WithTransaction
    public Uni<SuggestionViews.Detail> edit(Caller caller, long id, @Valid SuggestionCommands.Draft input) {
        return steps.act(caller, id, SuggestionAction.EDIT, step -> checked(caller, step.suggestion().leadDeputyId, input).chain(() -> {
            Suggestion s = step.suggestion();
            boolean reworded = !s.title.equals(input.title().strip()) || !s.content.equals(input.content().strip());
            write(s, input, step.now());
            return links.sourcesExactly(s.id, ids(input.opinionIds()))
                    .chain(() -> links.inviteExactly(s.id, ids(input.cosignerIds())))
                    .chain(invited -> reworded ? links.askAgain(s.id).map(again -> union(invited, again)) : Uni.createFrom().item(invited))
                    .chain(asked -> news.invited(s, asked, step.now()))
                    .replaceWith((String) null);
        }));
    }

    @WithTransaction
    public Uni<SuggestionViews.Detail> cosign(Caller caller, long id, boolean confirm) {
        return steps.act(caller, id, confirm ? SuggestionAction.COSIGN : SuggestionAction.DECLINE_COSIGN,
                step -> access.ownDeputy(caller).chain(deputy -> links.respond(id, deputy.id(), confirm, step.now())).replaceWith((String) null));
    }

    @WithTransaction
    public Uni<SuggestionViews.Detail> submit(Caller caller, long id) {
        return steps.act(caller, id, SuggestionAction.SUBMIT, step -> {
            step.suggestion().submitted(step.now());
            return Uni.createFrom().nullItem();
        });
    }

    @WithTransaction
    public Uni<SuggestionViews.Detail> withdraw(Caller caller, long id) {
        return steps.act(caller, id, SuggestionAction.WITHDRAW, step -> {
            step.suggestion().closedAt = step.now();
            return Uni.createFrom().nullItem();
        });
    }

    /** The first 不满意 hands it to the departments again with a new deadline; anything else closes it. */
    @WithTransaction
    public Uni<SuggestionViews.Detail> rate(Caller caller, long id, @Valid SuggestionCommands.RatingInput input) {
        if (input.rating() == Rating.UNSATISFIED && (input.reason() == null || input.reason().isBlank())) {
            return Uni.createFrom().failure(ApiException.invalidField("reason", "field.unsatisfied-reason"));
        }
        String reason = input.reason() == null || input.reason().isBlank() ? null : input.reason().strip();
        return steps.act(caller, id, SuggestionAction.RATE, step -> {
            Suggestion s = step.suggestion();
            s.rate(input.rating(), reason, step.now());
            if (s.state == SuggestionState.ASSIGNED) {
                s.handOut(step.now(), rules.monthsAfter(step.now(), config.answerAgainWithinMonths()));
            }
            return news.rated(s, step.now()).replaceWith(input.rating().label() + (reason == null ? "" : ": " + reason));
        });
    }

    /** The category, the opinions (each assigned to the lead deputy), the co-signers (serving deputies, not the lead) and the photos. */
    private Uni<Void> checked(Caller caller, long leadDeputyId, SuggestionCommands.Draft input) {
        Uni<Void> category = input.categoryId() == null ? Uni.createFrom().voidItem()
                : catalogue.categoryActive(input.categoryId()).invoke(active -> {
                    if (!active) {
                        throw ApiException.invalidField("categoryId", "field.category-unknown");
                    }
                }).replaceWithVoid();
        return category
                .chain(() -> sources.of(leadDeputyId, ids(input.opinionIds()), "opinionIds"))
                .chain(() -> cosigners(leadDeputyId, ids(input.cosignerIds()), 0))
                .chain(() -> media.requireUsable(caller, input.photoIds(), "photoIds"));
    }

    private Uni<Void> cosigners(long leadDeputyId, List<Long> ids, int next) {
        if (next == ids.size()) {
            return Uni.createFrom().voidItem();
        }
        return deputies.byId(ids.get(next)).chain(deputy -> {
            if (deputy == null || !deputy.active() || deputy.id() == leadDeputyId) {
                return Uni.createFrom().failure(ApiException.invalidField("cosignerIds", "field.cosigner-unknown"));
            }
            return cosigners(leadDeputyId, ids, next + 1);
        });
    }

    private static void write(Suggestion s, SuggestionCommands.Draft input, Instant now) {
        s.title = input.title().strip();
        s.content = input.content().strip();
        s.sitting = input.sitting() == null || input.sitting().isBlank() ? null : input.sitting().strip();
        s.categoryId = input.categoryId();
        s.photoIds = ids(input.photoIds());
        s.updatedAt = now;
    }

    private static List<Long> union(List<Long> first, List<Long> second) {
        return Stream.concat(first.stream(), second.stream()).distinct().toList();
    }

    private static List<Long> ids(List<Long> given) {
        return given == null ? List.of() : given.stream().distinct().toList();
    }
}
