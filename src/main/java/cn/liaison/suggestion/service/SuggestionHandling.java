package cn.liaison.suggestion.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;

import cn.liaison.deadline.DeadlineRules;
import cn.liaison.identity.Caller;
import cn.liaison.media.service.MediaLibrary;
import cn.liaison.opinion.Catalogue;
import cn.liaison.opinion.CatalogueLookup;
import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.error.ErrorCode;
import cn.liaison.platform.persistence.RetriedOnDeadlock;
import cn.liaison.suggestion.ResultClass;
import cn.liaison.suggestion.Suggestion;
import cn.liaison.suggestion.SuggestionAction;
import cn.liaison.suggestion.SuggestionAnswer;
import cn.liaison.suggestion.SuggestionConfig;
import cn.liaison.suggestion.SuggestionViews;
import cn.liaison.suggestion.repository.SuggestionAnswerRepository;
import cn.liaison.suggestion.repository.SuggestionLinks;
import cn.liaison.suggestion.repository.SuggestionRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * What the office does with a submitted suggestion, each action one transaction: accept it (立案,
 * when it takes its number) or not, assign it (交办) to departments, record each department's answer,
 * extend the deadline once, supervise it (督办), publish it once closed, and keep internal notes.
 */
@ApplicationScoped
@WithTransaction
@RetriedOnDeadlock
public class SuggestionHandling {

    private final SuggestionRepository suggestions;
    private final SuggestionAnswerRepository answers;
    private final SuggestionLinks links;
    private final SuggestionSteps steps;
    private final SuggestionNews news;
    private final CatalogueLookup catalogue;
    private final MediaLibrary media;
    private final DeadlineRules rules;
    private final SuggestionConfig config;

    public SuggestionHandling(SuggestionRepository suggestions, SuggestionAnswerRepository answers, SuggestionLinks links,
            SuggestionSteps steps, SuggestionNews news, CatalogueLookup catalogue, MediaLibrary media, DeadlineRules rules,
            SuggestionConfig config) {
        this.suggestions = suggestions;
        this.answers = answers;
        this.links = links;
        this.steps = steps;
        this.news = news;
        this.catalogue = catalogue;
        this.media = media;
        this.rules = rules;
        this.config = config;
    }

    public Uni<SuggestionViews.Detail> accept(Caller caller, long id, @Valid SuggestionCommands.Accept command) {
        return steps.act(caller, id, SuggestionAction.ACCEPT, step -> {
            Suggestion s = step.suggestion();
            int year = rules.yearOf(step.now());
            return suggestions.nextNumber(year, s.sitting == null ? "" : s.sitting)
                    .invoke(seq -> s.accept(year, seq, step.now()))
                    .call(() -> news.accepted(s, step.now()))
                    .map(seq -> blankToNull(command.note()));
        });
    }

    public Uni<SuggestionViews.Detail> notAccept(Caller caller, long id, @Valid SuggestionCommands.NotAccept command) {
        return steps.act(caller, id, SuggestionAction.NOT_ACCEPT, step -> {
            step.suggestion().notAccepted(command.reason().strip(), step.now());
            return news.notAccepted(step.suggestion(), step.now()).replaceWith(command.reason().strip());
        });
    }

    /** 交办: the lead department and the assisting ones must exist and be active; the deadline runs from now. */
    public Uni<SuggestionViews.Detail> assign(Caller caller, long id, @Valid SuggestionCommands.Assign command) {
        List<Long> assisting = command.assistingDepartmentIds() == null ? List.of()
                : command.assistingDepartmentIds().stream().filter(d -> !d.equals(command.leadDepartmentId())).distinct().toList();
        return steps.act(caller, id, SuggestionAction.ASSIGN, step -> catalogue.departments().chain(all -> {
            requireActive(all, List.of(command.leadDepartmentId()), "leadDepartmentId");
            requireActive(all, assisting, "assistingDepartmentIds");
            Suggestion s = step.suggestion();
            s.handOut(step.now(), rules.monthsAfter(step.now(), config.answerWithinMonths()));
            s.leadSupervision(command.supervisorName(), command.supervisorTitle());
            String note = "主办：" + all.get(command.leadDepartmentId()).name()
                    + (assisting.isEmpty() ? "" : "；协办：" + assisting.stream().map(d -> all.get(d).name()).collect(Collectors.joining("、")))
                    + (blankToNull(command.note()) == null ? "" : "。" + command.note().strip());
            return links.assign(s.id, command.leadDepartmentId(), assisting).replaceWith(note);
        }));
    }

    /**
     * Records one department's answer for this round. Once every department handling it answered,
     * it is ANSWERED with the lead department's class, on time only if every answer was.
     */
    public Uni<SuggestionViews.Detail> answer(Caller caller, long id, @Valid SuggestionCommands.Answer command) {
        return steps.act(caller, id, SuggestionAction.ANSWER, step -> {
            Suggestion s = step.suggestion();
            List<SuggestionLinks.Handler> handlers = step.parts().handlers();
            if (handlers.stream().noneMatch(h -> h.departmentId() == command.departmentId())) {
                return Uni.createFrom().failure(ApiException.invalidField("departmentId", "field.department-not-handling"));
            }
            List<SuggestionAnswer> thisRound = new ArrayList<>(step.parts().answers().stream().filter(a -> a.round == s.round).toList());
            if (thisRound.stream().anyMatch(a -> a.departmentId.equals(command.departmentId()))) {
                return Uni.createFrom().failure(new ApiException(ErrorCode.ALREADY_ANSWERED));
            }
            SuggestionAnswer answer = new SuggestionAnswer();
            answer.suggestionId = s.id;
            answer.departmentId = command.departmentId();
            answer.round = s.round;
            answer.resultClass = command.resultClass();
            answer.content = command.content().strip();
            answer.attachmentIds = command.attachmentIds() == null ? List.of() : command.attachmentIds().stream().distinct().toList();
            answer.recordedBy = caller.userId();
            answer.answeredAt = step.now();
            answer.onTime = s.onTime(step.now());
            thisRound.add(answer);
            String department = step.parts().departments().get(command.departmentId()).name();
            return media.requireUsable(caller, answer.attachmentIds, "attachmentIds")
                    .chain(() -> answers.persist(answer))
                    .chain(() -> {
                        if (thisRound.size() < handlers.size()) {
                            return Uni.createFrom().voidItem();
                        }
                        long lead = handlers.stream().filter(SuggestionLinks.Handler::lead).findFirst().orElseThrow().departmentId();
                        ResultClass leadClass = thisRound.stream().filter(a -> a.departmentId == lead).findFirst().orElseThrow().resultClass;
                        s.answered(leadClass, thisRound.stream().allMatch(a -> a.onTime), step.now());
                        return news.answered(s, step.now());
                    })
                    .replaceWith(department + "：" + command.resultClass().name() + " 类（" + command.resultClass().label() + "）");
        });
    }

    /** Once, to the longer limit counted from this round's assignment, with a reason the deputy reads. */
    public Uni<SuggestionViews.Detail> extend(Caller caller, long id, @Valid SuggestionCommands.Extend command) {
        return steps.act(caller, id, SuggestionAction.EXTEND, step -> {
            Suggestion s = step.suggestion();
            s.extend(step.now(), rules.monthsAfter(s.assignedAt, config.extendedToMonths()), command.reason().strip());
            return Uni.createFrom().item(command.reason().strip());
        });
    }

    /** 督办 by staff before the sweep would: with the leader who leads it, if one is named now. */
    public Uni<SuggestionViews.Detail> supervise(Caller caller, long id, @Valid SuggestionCommands.Supervise command) {
        return steps.act(caller, id, SuggestionAction.SUPERVISE, step -> {
            Suggestion s = step.suggestion();
            s.supervise(step.now());
            s.leadSupervision(command.supervisorName(), command.supervisorTitle());
            return news.supervised(List.of(SuggestionNews.Subject.of(s)), step.now()).replaceWith(command.note().strip());
        });
    }

    /** Its photos and the letters' photos become public with it. */
    public Uni<SuggestionViews.Detail> publish(Caller caller, long id) {
        return steps.act(caller, id, SuggestionAction.PUBLISH, step -> {
            Suggestion s = step.suggestion();
            s.publish(step.now());
            List<Long> photos = Stream.concat(s.photoIds.stream(), step.parts().answers().stream().flatMap(a -> a.attachmentIds.stream()))
                    .distinct().toList();
            return media.makePublic(photos).replaceWith((String) null);
        });
    }

    public Uni<SuggestionViews.Detail> note(Caller caller, long id, @Valid SuggestionCommands.Note command) {
        return steps.act(caller, id, SuggestionAction.NOTE, step -> Uni.createFrom().item(command.note().strip()));
    }

    private static void requireActive(Map<Long, Catalogue.Department> all, List<Long> ids, String field) {
        for (Long id : ids) {
            Catalogue.Department d = all.get(id);
            if (d == null || !d.active()) {
                throw ApiException.invalidField(field, "field.department-unknown");
            }
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
