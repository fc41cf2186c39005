package cn.liaison.opinion.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.identity.Caller;
import cn.liaison.opinion.Opinion;
import cn.liaison.opinion.OpinionAction;
import cn.liaison.casework.Visibility;
import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.error.ErrorCode;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * What the office may do with an opinion's secrets, each step checked by the lifecycle and recorded
 * on the internal timeline in its own transaction: read the full phone, replace a lookup code.
 */
@ApplicationScoped
@WithTransaction
public class OpinionSecrets {

    private final OpinionSteps steps;
    private final OpinionDetails details;
    private final LookupCodes lookupCodes;

    public OpinionSecrets(OpinionSteps steps, OpinionDetails details, LookupCodes lookupCodes) {
        this.steps = steps;
        this.details = details;
        this.lookupCodes = lookupCodes;
    }

    /** Staff in scope see the full phone; the reveal is recorded on the internal timeline. */
    public Uni<Commands.RevealedPhone> revealPhone(Caller caller, long id) {
        return steps.checked(caller, id, OpinionAction.REVEAL_PHONE).chain(step -> {
            if (step.opinion().phoneCipher == null) {
                throw new ApiException(ErrorCode.NO_PHONE_HELD); // none given, or erased with the account
            }
            return steps.record(step, OpinionAction.REVEAL_PHONE, step.opinion().state, null, List.of(), Visibility.INTERNAL)
                    .replaceWith(new Commands.RevealedPhone(details.phoneOf(step.opinion())));
        });
    }

    /**
     * A new lookup code for a confidential opinion whose citizen lost theirs or whose code was locked
     * by wrong tries; the old code stops working. Recorded on the internal timeline.
     */
    public Uni<Commands.LookupCode> reissueLookupCode(Caller caller, long id) {
        return steps.checked(caller, id, OpinionAction.REISSUE_LOOKUP_CODE).chain(step -> {
            Opinion o = step.opinion();
            if (!o.confidential) {
                throw new ApiException(ErrorCode.ACTION_NOT_ALLOWED_IN_STATE, o.state.name());
            }
            String code = lookupCodes.newCode();
            o.newLookupCode(lookupCodes.hash(o.trackingNo, code));
            return steps.record(step, OpinionAction.REISSUE_LOOKUP_CODE, o.state, null, List.of(), Visibility.INTERNAL)
                    .replaceWith(new Commands.LookupCode(code));
        });
    }
}
