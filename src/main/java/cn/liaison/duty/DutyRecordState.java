package cn.liaison.duty;

import java.util.Map;
import java.util.Set;

/** DRAFT → SUBMITTED → PUBLISHED or RETURNED (with a reason); a returned record is edited and submitted again. */
public enum DutyRecordState {
    DRAFT, SUBMITTED, PUBLISHED, RETURNED;

    /** What may be done in which state; anything else answers 409 ACTION_NOT_ALLOWED_IN_STATE. */
    private static final Map<DutyRecordAction, Set<DutyRecordState>> ALLOWED = Map.of(
            DutyRecordAction.EDIT, Set.of(DRAFT, RETURNED),
            DutyRecordAction.SUBMIT, Set.of(DRAFT, RETURNED),
            DutyRecordAction.PUBLISH, Set.of(SUBMITTED),
            DutyRecordAction.RETURN, Set.of(SUBMITTED));

    public boolean allows(DutyRecordAction action) {
        return ALLOWED.get(action).contains(this);
    }
}
