package cn.liaison.suggestion.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.deadline.DeadlineRules;
import cn.liaison.directory.Deputies;
import cn.liaison.identity.Caller;
import cn.liaison.opinion.Catalogue;
import cn.liaison.opinion.CatalogueLookup;
import cn.liaison.opinion.Redaction;
import cn.liaison.platform.config.LiaisonConfig;
import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.paging.Cursor;
import cn.liaison.platform.paging.Page;
import cn.liaison.platform.time.ApiTime;
import cn.liaison.suggestion.Suggestion;
import cn.liaison.suggestion.SuggestionRole;
import cn.liaison.suggestion.SuggestionState;
import cn.liaison.suggestion.SuggestionViews;
import cn.liaison.suggestion.repository.SuggestionEventRepository;
import cn.liaison.suggestion.repository.SuggestionLists;
import cn.liaison.suggestion.repository.SuggestionRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** Reading suggestions: one as the caller may see it, the staff queue, a deputy's list, the public ones and the figures. */
@ApplicationScoped
public class SuggestionQueries {

    /** The longest period of the staff figures, in days. */
    static final int LONGEST_PERIOD_DAYS = 3 * 366;

    private final SuggestionRepository suggestions;
    private final SuggestionEventRepository events;
    private final SuggestionLists lists;
    private final SuggestionAccess access;
    private final SuggestionDetails details;
    private final Deputies deputies;
    private final CatalogueLookup catalogue;
    private final DeadlineRules rules;
    private final LiaisonConfig config;
    private final Clock clock;

    public SuggestionQueries(SuggestionRepository suggestions, SuggestionEventRepository events, SuggestionLists lists,
            SuggestionAccess access, SuggestionDetails details, Deputies deputies, CatalogueLookup catalogue, DeadlineRules rules,
            LiaisonConfig config, Clock clock) {
        this.suggestions = suggestions;
        this.events = events;
        this.lists = lists;
        this.access = access;
        this.details = details;
        this.deputies = deputies;
        this.catalogue = catalogue;
        this.rules = rules;
        this.config = config;
        this.clock = clock;
    }

    @WithSession
    public Uni<SuggestionViews.Detail> show(Caller caller, long id) {
        return seen(caller, id).chain(seen -> details.of(seen.suggestion(), seen.role()));
    }

    /** The timeline; staff notes only to the office. */
    @WithSession
    public Uni<List<SuggestionViews.Event>> events(Caller caller, long id) {
        return seen(caller, id).chain(seen -> events.timeline(id, seen.role() == SuggestionRole.STAFF || seen.role() == SuggestionRole.ADMIN))
                .map(list -> list.stream().map(SuggestionDetails::event).toList());
    }

    private record Seen(Suggestion suggestion, SuggestionRole role) {
    }

    private Uni<Seen> seen(Caller caller, long id) {
        return suggestions.findById(id).chain(s -> s == null ? Uni.createFrom().failure(ApiException.notFound())
                : access.standing(caller, s).map(role -> {
                    if (role == null) {
                        throw ApiException.notFound();
                    }
                    return new Seen(s, role);
                }));
    }

    /**
     * The office's queue in the caller's scope, earliest deadline first. The list is read on the pool
     * and the names after it in a session of their own: a request that holds a session's connection
     * while it waits for the pool's starves the pool at load.
     */
    public Uni<Page<SuggestionViews.Summary>> queue(Caller caller, SuggestionState state, boolean supervisedOnly, String cursor, int limit) {
        Instant afterDue = null;
        long afterId = 0;
        if (cursor != null) {
            long[] keys = Cursor.longKeys(cursor, 2);
            afterDue = micros(keys[0]);
            afterId = keys[1];
        }
        return lists.queue(caller.scopePrefix(), state, supervisedOnly, afterDue, afterId, limit + 1)
                .chain(rows -> Panache.withSession(() -> named(rows, limit, r -> Cursor.of(micros(r.sortKey()), r.summary().id()))));
    }

    /** The suggestions the signed-in deputy leads or was asked to co-sign, newest first; sessions and pool one after the other. */
    public Uni<Page<SuggestionViews.Summary>> mine(Caller caller, String cursor, int limit) {
        long before = cursor == null ? Long.MAX_VALUE : Cursor.longKey(cursor);
        return Panache.withSession(() -> access.ownDeputy(caller)).chain(deputy -> lists.ofDeputy(deputy.id(), before, limit + 1))
                .chain(rows -> Panache.withSession(() -> named(rows, limit, r -> Cursor.of(r.summary().id()))));
    }

    /** Published suggestions, newest first: the list on the pool, then the names in a session. */
    public Uni<Page<SuggestionViews.PublishedSummary>> published(String cursor, int limit) {
        OffsetDateTime before = SuggestionLists.NO_DEADLINE.atOffset(ZoneOffset.UTC);
        long beforeId = Long.MAX_VALUE;
        if (cursor != null) {
            long[] keys = Cursor.longKeys(cursor, 2);
            before = micros(keys[0]).atOffset(ZoneOffset.UTC);
            beforeId = keys[1];
        }
        return lists.published(before, beforeId, limit + 1).chain(rows -> Panache.withSession(() -> deputies.names(leads(rows))).map(names -> Page.of(rows, limit,
                r -> new SuggestionViews.PublishedSummary(r.summary().id(), r.summary().number(), redact(r.summary().title()),
                        names.get(r.summary().leadDeputyId()), r.summary().resultClass(), ApiTime.of(r.sortKey())),
                r -> Cursor.of(micros(r.sortKey()), r.summary().id()))));
    }

    /** A published suggestion with its answers, personal data taken out of every text; 404 for any other. */
    @WithSession
    public Uni<SuggestionViews.Published> publishedOne(long id) {
        return suggestions.findById(id).chain(s -> {
            if (s == null || !s.published()) {
                return Uni.createFrom().failure(ApiException.notFound());
            }
            return details.parts(s).map(p -> {
                Map<Long, Catalogue.Department> departments = p.departments();
                List<Long> leads = p.handlers().stream().filter(h -> h.lead()).map(h -> h.departmentId()).toList();
                return new SuggestionViews.Published(s.id, s.number, redact(s.title), redact(s.content), s.sitting,
                        p.names().get(s.leadDeputyId),
                        p.cosigners().stream().filter(c -> c.state().equals("CONFIRMED")).map(c -> p.names().get(c.deputyId())).toList(),
                        p.answers().stream().map(a -> new SuggestionViews.PublishedAnswer(
                                departments.containsKey(a.departmentId) ? departments.get(a.departmentId).name() : null,
                                leads.contains(a.departmentId), a.round, a.resultClass, a.resultClass.label(), redact(a.content), a.attachmentIds,
                                ApiTime.of(a.answeredAt))).toList(),
                        s.resultClass, s.rating, ApiTime.of(s.closedAt), ApiTime.of(s.publishedAt));
            });
        });
    }

    /** The year's figures anyone may read; this year by default. */
    public Uni<SuggestionViews.YearFigures> yearFigures(Integer year) {
        int thisYear = rules.yearOf(Instant.now(clock));
        int asked = year == null ? thisYear : year;
        if (asked < 2000 || asked > thisYear + 1) {
            throw ApiException.invalidField("year", "field.year");
        }
        return lists.year(asked);
    }

    /** Per department and per lead deputy, in the caller's scope, for suggestions accepted (departments) or submitted (deputies) in the period. */
    public Uni<SuggestionViews.StaffFigures> staffFigures(Caller caller, LocalDate from, LocalDate to) {
        ZoneId zone = config.timeZone();
        LocalDate today = Instant.now(clock).atZone(zone).toLocalDate();
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.withDayOfYear(1) : from;
        if (end.isBefore(start) || start.plusDays(LONGEST_PERIOD_DAYS).isBefore(end)) {
            throw ApiException.invalidField("to", "field.day-range", LONGEST_PERIOD_DAYS);
        }
        Instant since = start.atStartOfDay(zone).toInstant();
        Instant until = end.plusDays(1).atStartOfDay(zone).toInstant();
        String scope = caller.scopePrefix() == null ? "" : caller.scopePrefix();
        return lists.departmentFigures(scope, since, until).chain(byDepartment -> lists.deputyFigures(scope, since, until)
                .chain(byDeputy -> Panache.withSession(() -> catalogue.departments().chain(names -> deputies.names(byDeputy.stream().map(r -> r[0]).toList())
                        .map(deputyNames -> new SuggestionViews.StaffFigures(
                                byDepartment.stream().map(r -> new SuggestionViews.DepartmentFigures(r[0],
                                        names.containsKey(r[0]) ? names.get(r[0]).name() : null, r[1], r[2], r[3], r[4], r[5], r[6], r[7],
                                        r[3] == 0 ? null : (double) r[7] / r[3])).toList(),
                                byDeputy.stream().map(r -> new SuggestionViews.DeputyFigures(r[0], deputyNames.get(r[0]), r[1], r[2], r[3], r[4],
                                        r[5], r[6], r[7], r[4] == 0 ? null : (double) (r[5] + r[6]) / r[4])).toList()))))));
    }

    /** A page of rows with their lead deputies' names, in one lookup. */
    private Uni<Page<SuggestionViews.Summary>> named(List<SuggestionLists.Listed> rows, int limit,
            Function<SuggestionLists.Listed, String> cursorAfter) {
        return deputies.names(leads(rows))
                .map(names -> Page.of(rows, limit, r -> withName(r.summary(), names.get(r.summary().leadDeputyId())), cursorAfter));
    }

    private static List<Long> leads(List<SuggestionLists.Listed> rows) {
        return rows.stream().map(r -> r.summary().leadDeputyId()).distinct().toList();
    }

    private static SuggestionViews.Summary withName(SuggestionViews.Summary s, String name) {
        return new SuggestionViews.Summary(s.id(), s.number(), s.title(), s.state(), s.stateLabel(), s.leadDeputyId(), name, s.sitting(),
                s.dueAt(), s.supervised(), s.resultClass(), s.rating(), s.round(), s.submittedAt());
    }

    private static String redact(String text) {
        return Redaction.redact(text, List.of());
    }

    private static long micros(Instant at) {
        return at.getEpochSecond() * 1_000_000 + at.getNano() / 1000;
    }

    private static Instant micros(long value) {
        return Instant.ofEpochSecond(Math.floorDiv(value, 1_000_000), Math.floorMod(value, 1_000_000) * 1000);
    }
}
