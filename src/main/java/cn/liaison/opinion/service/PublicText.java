package cn.liaison.opinion.service;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.identity.Accounts;
import cn.liaison.opinion.Opinion;
import cn.liaison.opinion.OpinionReply;
import cn.liaison.opinion.OpinionViews;
import cn.liaison.opinion.Redaction;
import cn.liaison.opinion.repository.OpinionReplyRepository;
import io.smallrye.mutiny.Uni;

/**
 * The text the public board shows of an opinion and its replies, with personal data taken out; an
 * anonymous opinion's text must not show its submitter's name (their nickname) either.
 */
@ApplicationScoped
public class PublicText {

    private final Accounts accounts;
    private final OpinionReplyRepository replies;

    public PublicText(Accounts accounts, OpinionReplyRepository replies) {
        this.accounts = accounts;
        this.replies = replies;
    }

    /** Publishes the opinion and writes the public text of the replies it has. */
    public Uni<Void> publish(Opinion o, Instant now) {
        return accounts.nickname(o.submitterId).chain(name -> {
            o.publish(name, now);
            return replies.of(o.id).invoke(list -> list.forEach(r -> r.publicContent = Redaction.redact(r.content, o.hiddenNames(name))));
        }).replaceWithVoid();
    }

    /** What publishing would show, changing nothing: the staff read it before they publish. */
    public Uni<OpinionViews.PublicationPreview> preview(Opinion o) {
        return accounts.nickname(o.submitterId).chain(name -> {
            List<String> hidden = o.hiddenNames(name);
            return replies.of(o.id).map(list -> new OpinionViews.PublicationPreview(Redaction.redact(o.title, hidden),
                    Redaction.redact(o.content, hidden), o.anonymous || name.isBlank() ? null : name,
                    list.stream().map(r -> Redaction.redact(r.content, hidden)).toList()));
        });
    }

    /** A reply to an opinion already on the board gets its public text at once. */
    public Uni<Void> ofNewReply(Opinion o, OpinionReply reply) {
        if (!o.published()) {
            return Uni.createFrom().voidItem();
        }
        return accounts.nickname(o.submitterId).invoke(name -> reply.publicContent = Redaction.redact(reply.content, o.hiddenNames(name)))
                .replaceWithVoid();
    }
}
