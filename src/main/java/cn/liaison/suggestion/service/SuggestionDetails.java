package cn.liaison.suggestion.service;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.directory.Deputies;
import cn.liaison.opinion.Catalogue;
import cn.liaison.opinion.CatalogueLookup;
import cn.liaison.platform.time.ApiTime;
import cn.liaison.suggestion.Suggestion;
import cn.liaison.suggestion.SuggestionAnswer;
import cn.liaison.suggestion.SuggestionEvent;
import cn.liaison.suggestion.SuggestionLifecycle;
import cn.liaison.suggestion.SuggestionRole;
import cn.liaison.suggestion.SuggestionViews;
import cn.liaison.suggestion.repository.SuggestionAnswerRepository;
import cn.liaison.suggestion.repository.SuggestionLinks;
import io.smallrye.mutiny.Uni;

/** Builds a suggestion's detail as the caller's standing shows it, with the names of the people and departments it names. */
@ApplicationScoped
public class SuggestionDetails {

    private final SuggestionLinks links;
    private final SuggestionAnswerRepository answers;
    private final Deputies deputies;
    private final CatalogueLookup catalogue;

    public SuggestionDetails(SuggestionLinks links, SuggestionAnswerRepository answers, Deputies deputies, CatalogueLookup catalogue) {
        this.links = links;
        this.answers = answers;
        this.deputies = deputies;
        this.catalogue = catalogue;
    }

    /** Everything one view needs, read one after another in the caller's session. */
    record Parts(List<SuggestionLinks.Cosigner> cosigners, List<Long> sources, List<SuggestionLinks.Handler> handlers,
            List<SuggestionAnswer> answers, Map<Long, String> names, Map<Long, Catalogue.Department> departments) {

        boolean everyCosignerConfirmed() {
            return cosigners.stream().allMatch(c -> c.state().equals("CONFIRMED"));
        }
    }

    Uni<Parts> parts(Suggestion s) {
        return links.cosigners(s.id).chain(cosigners -> links.sources(s.id)
                .chain(sources -> links.handlers(s.id)
                        .chain(handlers -> answers.of(s.id)
                                .chain(given -> deputies.names(Stream.concat(Stream.of(s.leadDeputyId),
                                        cosigners.stream().map(SuggestionLinks.Cosigner::deputyId)).toList())
                                        .chain(names -> catalogue.departments()
                                                .map(all -> new Parts(cosigners, sources, handlers, given, names, all)))))));
    }

    public Uni<SuggestionViews.Detail> of(Suggestion s, SuggestionRole role) {
        return parts(s).map(parts -> view(s, role, parts));
    }

    static SuggestionViews.Detail view(Suggestion s, SuggestionRole role, Parts p) {
        Set<Long> answeredNow = new HashSet<>();
        p.answers().stream().filter(a -> a.round == s.round).forEach(a -> answeredNow.add(a.departmentId));
        return new SuggestionViews.Detail(s.id, s.number, s.title, s.content, s.state, s.state.label(), s.sitting, s.categoryId,
                new SuggestionViews.Person(s.leadDeputyId, p.names().get(s.leadDeputyId)),
                p.cosigners().stream().map(c -> new SuggestionViews.Cosigner(c.deputyId(), p.names().get(c.deputyId()), c.state(),
                        ApiTime.of(c.respondedAt()))).toList(),
                p.sources(), s.photoIds, s.notAcceptedReason, s.supervisorName, s.supervisorTitle, s.round,
                p.handlers().stream().map(h -> {
                    Catalogue.Department d = p.departments().get(h.departmentId());
                    return new SuggestionViews.Handler(h.departmentId(), d == null ? null : d.name(), h.lead(), d == null ? null : d.contact(),
                            answeredNow.contains(h.departmentId()));
                }).toList(),
                p.answers().stream().map(a -> answer(a, p.departments())).toList(),
                ApiTime.of(s.assignedAt), ApiTime.of(s.dueAt), ApiTime.of(s.extendedAt), s.extensionReason, ApiTime.of(s.supervisedAt),
                s.resultClass, s.rating, s.ratingReason, ApiTime.of(s.submittedAt), ApiTime.of(s.acceptedAt), ApiTime.of(s.closedAt),
                ApiTime.of(s.publishedAt),
                SuggestionLifecycle.allowed(s.state, role).stream().filter(a -> s.permits(a, p.everyCosignerConfirmed())).toList());
    }

    static SuggestionViews.Answer answer(SuggestionAnswer a, Map<Long, Catalogue.Department> departments) {
        Catalogue.Department d = departments.get(a.departmentId);
        return new SuggestionViews.Answer(a.id, a.departmentId, d == null ? null : d.name(), a.round, a.resultClass, a.resultClass.label(),
                a.content, a.attachmentIds, ApiTime.of(a.answeredAt), a.onTime);
    }

    static SuggestionViews.Event event(SuggestionEvent e) {
        return new SuggestionViews.Event(e.seq, e.type, e.stateBefore, e.stateAfter, e.actorRole, e.note, ApiTime.of(e.createdAt));
    }
}
