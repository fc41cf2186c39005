package cn.liaison.opinion.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.opinion.ActorRole;
import cn.liaison.opinion.Opinion;
import cn.liaison.opinion.OpinionAction;
import cn.liaison.opinion.OpinionLifecycle;
import cn.liaison.opinion.OpinionReply;
import cn.liaison.opinion.OpinionViews;
import cn.liaison.opinion.repository.OpinionReplyRepository;
import cn.liaison.platform.crypto.FieldCipher;
import cn.liaison.platform.crypto.Masking;
import cn.liaison.platform.time.ApiTime;
import io.smallrye.mutiny.Uni;

/**
 * Builds an opinion's detail view as the caller may see it: the submitter sees their full phone,
 * everyone else a masked one; only the office sees why it was flagged; only the submitter of a
 * confidential opinion, right after sending it, sees its lookup code.
 */
@ApplicationScoped
public class OpinionDetails {

    private final OpinionReplyRepository replies;
    private final OpinionJournal journal;
    private final FieldCipher cipher;

    public OpinionDetails(OpinionReplyRepository replies, OpinionJournal journal, FieldCipher cipher) {
        this.replies = replies;
        this.journal = journal;
        this.cipher = cipher;
    }

    public Uni<OpinionViews.Detail> of(Opinion o, OpinionAccess.Standing standing, String lookupCode) {
        boolean owner = standing.role() == ActorRole.SUBMITTER;
        return replies.of(o.id).chain(replyList -> journal.timeline(o.id, standing.seesInternal()).map(timeline -> {
            String phone = phoneOf(o);
            return new OpinionViews.Detail(o.id, o.trackingNo, o.state, o.kind, o.categoryId, o.title, o.content, o.place,
                    o.latitude, o.longitude, o.photoIds, o.stationId, o.chosenDeputyId, o.deputyId, o.departmentId,
                    o.mergedIntoId, o.anonymous, o.confidential, o.consentToPublish,
                    owner ? phone : Masking.phone(phone),
                    standing.isOffice() ? o.flagged : null, standing.isOffice() ? o.flagReasons : null,
                    ApiTime.of(o.acceptDueAt), ApiTime.of(o.replyDueAt), ApiTime.of(o.repliedAt),
                    ApiTime.of(o.extendedAt), ApiTime.of(o.supervisedAt), ApiTime.of(o.publishedAt), o.rating,
                    ApiTime.of(o.createdAt), replyList.stream().map(OpinionDetails::view).toList(), timeline, lookupCode,
                    allowed(o, standing));
        }));
    }

    private static List<OpinionAction> allowed(Opinion o, OpinionAccess.Standing standing) {
        return OpinionLifecycle.allowed(o.state, standing.role()).stream().filter(o::permits).toList();
    }

    public String phoneOf(Opinion opinion) {
        return opinion.phoneCipher == null ? null : cipher.decrypt(opinion.phoneCipher);
    }

    static OpinionViews.Reply view(OpinionReply r) {
        return new OpinionViews.Reply(r.id, r.authorRole, r.departmentId, r.content, r.photoIds, ApiTime.of(r.createdAt));
    }
}
