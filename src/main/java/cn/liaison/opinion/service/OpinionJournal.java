package cn.liaison.opinion.service;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.opinion.ActorRole;
import cn.liaison.opinion.Opinion;
import cn.liaison.opinion.OpinionEvent;
import cn.liaison.opinion.OpinionReply;
import cn.liaison.opinion.OpinionState;
import cn.liaison.opinion.repository.OpinionEventRepository;
import cn.liaison.opinion.repository.OpinionReplyRepository;
import cn.liaison.platform.crypto.FieldCipher;
import cn.liaison.platform.crypto.Masking;
import cn.liaison.platform.time.ApiTime;
import io.smallrye.mutiny.Uni;

/** Writes an opinion's timeline and reads it back as the caller may see it. */
@ApplicationScoped
public class OpinionJournal {

    private final OpinionEventRepository events;
    private final OpinionReplyRepository replies;
    private final FieldCipher cipher;

    public OpinionJournal(OpinionEventRepository events, OpinionReplyRepository replies, FieldCipher cipher) {
        this.events = events;
        this.replies = replies;
        this.cipher = cipher;
    }

    /** Appends an event; call in the transaction of the change it records. */
    public Uni<OpinionEvent> append(Opinion opinion, String type, OpinionState before, Long actorId, ActorRole role,
            String note, OpinionEvent.Visibility visibility, Instant at) {
        return append(opinion, type, before, actorId, role, note, List.of(), visibility, at);
    }

    public Uni<OpinionEvent> append(Opinion opinion, String type, OpinionState before, Long actorId, ActorRole role,
            String note, List<Long> photoIds, OpinionEvent.Visibility visibility, Instant at) {
        return events.nextSeq(opinion.id).chain(seq -> {
            OpinionEvent event = new OpinionEvent();
            event.opinionId = opinion.id;
            event.seq = seq;
            event.type = type;
            event.stateBefore = before;
            event.stateAfter = opinion.state;
            event.actorId = actorId;
            event.actorRole = role;
            event.note = note;
            event.photoIds = photoIds;
            event.visibility = visibility;
            event.createdAt = at;
            return events.persist(event);
        });
    }

    public Uni<List<OpinionViews.Event>> timeline(long opinionId, boolean withInternal) {
        return events.timeline(opinionId, withInternal).map(list -> list.stream().map(OpinionJournal::view).toList());
    }

    public Uni<OpinionViews.Detail> detail(Opinion o, OpinionAccess.Standing standing, String lookupCode) {
        boolean owner = standing.role() == ActorRole.SUBMITTER;
        return replies.of(o.id).chain(replyList -> timeline(o.id, standing.seesInternal()).map(timeline -> {
            String phone = o.phoneCipher == null ? null : cipher.decrypt(o.phoneCipher);
            return new OpinionViews.Detail(o.id, o.trackingNo, o.state, o.kind, o.categoryId, o.title, o.content, o.place,
                    o.latitude, o.longitude, o.photoIds, o.stationId, o.chosenDeputyId, o.deputyId, o.departmentId,
                    o.mergedIntoId, o.anonymous, o.confidential, o.consentToPublish,
                    owner ? phone : Masking.phone(phone),
                    standing.isOffice() ? o.flagged : null, standing.isOffice() ? o.flagReasons : null,
                    ApiTime.of(o.acceptDueAt), ApiTime.of(o.replyDueAt), ApiTime.of(o.repliedAt),
                    ApiTime.of(o.extendedAt), ApiTime.of(o.supervisedAt), ApiTime.of(o.publishedAt), o.rating,
                    ApiTime.of(o.createdAt), replyList.stream().map(OpinionJournal::view).toList(), timeline, lookupCode);
        }));
    }

    public String phoneOf(Opinion opinion) {
        return opinion.phoneCipher == null ? null : cipher.decrypt(opinion.phoneCipher);
    }

    static OpinionViews.Event view(OpinionEvent e) {
        return new OpinionViews.Event(e.seq, e.type, e.stateBefore, e.stateAfter, e.actorRole, e.note, e.photoIds, e.visibility,
                ApiTime.of(e.createdAt));
    }

    static OpinionViews.Reply view(OpinionReply r) {
        return new OpinionViews.Reply(r.id, r.authorRole, r.departmentId, r.content, r.photoIds, ApiTime.of(r.createdAt));
    }
}
