package cn.liaison.suggestion.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.directory.Deputies;
import cn.liaison.identity.StaffDirectory;
import cn.liaison.notification.Letter;
import cn.liaison.notification.Notice;
import cn.liaison.notification.NotificationKind;
import cn.liaison.notification.Outbox;
import cn.liaison.opinion.ActorRole;
import cn.liaison.opinion.EventType;
import cn.liaison.opinion.SuggestionSources;
import cn.liaison.suggestion.Suggestion;
import cn.liaison.suggestion.SuggestionState;
import cn.liaison.suggestion.repository.SuggestionLinks;
import io.smallrye.mutiny.Uni;

/**
 * Who hears of a step of a suggestion, written in the step's transaction: deputies asked to
 * co-sign; the lead deputy at acceptance, refusal, answer and supervision; the office when one is
 * overdue or sent back; and the citizens whose opinions it grew from, on their opinions' timelines.
 */
@ApplicationScoped
public class SuggestionNews {

    private final Outbox outbox;
    private final Deputies deputies;
    private final StaffDirectory staff;
    private final SuggestionSources sources;
    private final SuggestionLinks links;

    public SuggestionNews(Outbox outbox, Deputies deputies, StaffDirectory staff, SuggestionSources sources, SuggestionLinks links) {
        this.outbox = outbox;
        this.deputies = deputies;
        this.staff = staff;
        this.sources = sources;
        this.links = links;
    }

    /** What a notice about a suggestion says, and whom it concerns. */
    public record Subject(long id, String number, String title, String state, long leadDeputyId, String regionPath) {

        static Subject of(Suggestion s) {
            return new Subject(s.id, s.number, s.title, s.state.name(), s.leadDeputyId, s.regionPath);
        }
    }

    public Uni<Void> invited(Suggestion s, Collection<Long> deputyIds, Instant now) {
        return toDeputies(s, deputyIds, NotificationKind.SUGGESTION_COSIGN, null, now);
    }

    /** 立案: the lead deputy hears, and the citizens see that their opinions formed a suggestion. */
    public Uni<Void> accepted(Suggestion s, Instant now) {
        return toDeputies(s, List.of(s.leadDeputyId), NotificationKind.SUGGESTION_ACCEPTED, null, now)
                .chain(() -> toCitizens(s, EventType.SUGGESTION_FORMED, NotificationKind.SUGGESTION_FORMED, ActorRole.STAFF,
                        "已形成代表建议 " + s.number, now));
    }

    public Uni<Void> notAccepted(Suggestion s, Instant now) {
        return toDeputies(s, List.of(s.leadDeputyId), NotificationKind.SUGGESTION_NOT_ACCEPTED, s.notAcceptedReason, now);
    }

    /** Every department answered this round. */
    public Uni<Void> answered(Suggestion s, Instant now) {
        String note = "代表建议 " + s.number + " 承办单位已答复：" + s.resultClass.name() + " 类（" + s.resultClass.label() + "）";
        return toDeputies(s, List.of(s.leadDeputyId), NotificationKind.SUGGESTION_ANSWERED, note, now)
                .chain(() -> toCitizens(s, EventType.SUGGESTION_ANSWERED, NotificationKind.SUGGESTION_ANSWERED, ActorRole.STAFF, note, now));
    }

    /** The lead deputy's rating reaches the citizens; an unsatisfied one also reaches the office, which hands it out again. */
    public Uni<Void> rated(Suggestion s, Instant now) {
        boolean again = s.state == SuggestionState.ASSIGNED;
        String note = "代表对建议 " + s.number + " 的办理结果评价为：" + s.rating.label() + (again ? "，已交承办单位重新办理" : "");
        Uni<Void> office = again ? toOffice(List.of(Subject.of(s)), NotificationKind.SUGGESTION_REOPENED, s.ratingReason, now) : Uni.createFrom().voidItem();
        return office.chain(() -> toCitizens(s, EventType.SUGGESTION_RATED, NotificationKind.SUGGESTION_RATED, ActorRole.ASSIGNED_DEPUTY,
                note, now));
    }

    /** 督办: the office in charge and the lead deputy hear; the departments are reached by the office, which holds their contacts. */
    public Uni<Void> supervised(List<Subject> supervised, Instant now) {
        if (supervised.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return deputies.accounts(supervised.stream().map(Subject::leadDeputyId).distinct().toList()).chain(accounts -> {
            List<Letter> letters = new ArrayList<>();
            for (Subject s : supervised) {
                Long account = accounts.get(s.leadDeputyId());
                if (account != null) {
                    letters.add(new Letter(account, notice(s, NotificationKind.SUGGESTION_SUPERVISED, null)));
                }
            }
            return outbox.send(letters, now);
        }).chain(() -> toOffice(supervised, NotificationKind.SUGGESTION_SUPERVISED, null, now));
    }

    private Uni<Void> toOffice(List<Subject> about, NotificationKind kind, String note, Instant now) {
        return staff.responsibleFor(about.stream().map(Subject::regionPath).distinct().toList()).chain(offices -> {
            List<Letter> letters = new ArrayList<>();
            for (Subject s : about) {
                offices.getOrDefault(s.regionPath(), List.of()).forEach(id -> letters.add(new Letter(id, notice(s, kind, note))));
            }
            return outbox.send(letters, now);
        });
    }

    /** Deputies hear once they have bound their account; nobody before. */
    private Uni<Void> toDeputies(Suggestion s, Collection<Long> deputyIds, NotificationKind kind, String note, Instant now) {
        return deputies.accounts(deputyIds).chain(accounts -> outbox.send(
                accounts.values().stream().map(account -> new Letter(account, notice(Subject.of(s), kind, note))).toList(), now));
    }

    private Uni<Void> toCitizens(Suggestion s, EventType event, NotificationKind kind, ActorRole by, String note, Instant now) {
        return links.sources(s.id).chain(opinionIds -> sources.tell(opinionIds, event, kind, by, note, now));
    }

    private static Notice notice(Subject s, NotificationKind kind, String note) {
        return Notice.ofSuggestion(kind, s.id(), s.number(), s.title(), s.state(), note);
    }
}
