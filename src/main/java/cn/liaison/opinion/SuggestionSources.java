package cn.liaison.opinion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.liaison.identity.Accounts;
import cn.liaison.notification.Letter;
import cn.liaison.notification.Notice;
import cn.liaison.notification.NotificationKind;
import cn.liaison.notification.Outbox;
import cn.liaison.opinion.repository.OpinionRepository;
import cn.liaison.opinion.service.OpinionJournal;
import cn.liaison.platform.error.ApiException;
import io.smallrye.mutiny.Uni;

/**
 * What deputy suggestions may know of the citizens' opinions they grow from, in values: the text a
 * deputy drafts from, with personal data taken out, and the news of the suggestion written onto
 * each opinion's timeline and sent to its citizen. Runs in the caller's session and transaction.
 */
@ApplicationScoped
public class SuggestionSources {

    /** An opinion as a deputy drafting a suggestion reads it: no name, no phone, no ID number. */
    @Schema(name = "SuggestionSourceText")
    public record SourceText(long opinionId, String trackingNo, String title, String content, Long categoryId) {
    }

    private final OpinionRepository opinions;
    private final OpinionJournal journal;
    private final Accounts accounts;
    private final Outbox outbox;

    public SuggestionSources(OpinionRepository opinions, OpinionJournal journal, Accounts accounts, Outbox outbox) {
        this.opinions = opinions;
        this.journal = journal;
        this.accounts = accounts;
        this.outbox = outbox;
    }

    /**
     * The opinions' text if every one of them is assigned to {@code deputyId}, in the order asked;
     * otherwise a field error on {@code field}, the same for one that does not exist, so that ids
     * cannot be probed.
     */
    public Uni<List<SourceText>> of(long deputyId, Collection<Long> opinionIds, String field) {
        List<Long> ids = opinionIds.stream().distinct().toList();
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return opinions.list("id in ?1", ids).chain(found -> {
            if (found.size() != ids.size() || found.stream().anyMatch(o -> !Long.valueOf(deputyId).equals(o.deputyId))) {
                return Uni.createFrom().failure(ApiException.invalidField(field, "field.opinion-unknown"));
            }
            List<SourceText> texts = new ArrayList<>();
            Uni<Void> each = Uni.createFrom().voidItem();
            for (Long id : ids) {
                Opinion o = found.stream().filter(x -> x.id.equals(id)).findFirst().orElseThrow();
                each = each.chain(() -> accounts.nickname(o.submitterId)).invoke(name -> {
                    List<String> hidden = name == null || name.isBlank() ? List.of() : List.of(name);
                    texts.add(new SourceText(o.id, o.trackingNo, Redaction.redact(o.title, hidden), Redaction.redact(o.content, hidden),
                            o.categoryId));
                }).replaceWithVoid();
            }
            return each.replaceWith(texts);
        });
    }

    /**
     * Writes {@code event} with {@code note} on the timeline of each opinion, for its citizen to see,
     * and tells the citizen with {@code kind}. The opinions' states do not change.
     */
    public Uni<Void> tell(Collection<Long> opinionIds, EventType event, NotificationKind kind, ActorRole by, String note, Instant now) {
        if (opinionIds.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return opinions.list("id in ?1 order by id", List.copyOf(opinionIds)).chain(found -> {
            Uni<Void> each = Uni.createFrom().voidItem();
            for (Opinion o : found) {
                each = each.chain(() -> journal.append(OpinionEvent.on(o, event, o.state, now).by(null, by).saying(note, List.of())))
                        .replaceWithVoid();
            }
            List<Letter> letters = found.stream()
                    .map(o -> new Letter(o.submitterId, new Notice(kind, o.id, o.trackingNo, o.title, o.state.name(), note))).toList();
            return each.chain(() -> outbox.send(letters, now));
        });
    }
}
