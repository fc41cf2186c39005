package cn.liaison.duty;

/** Where a duty record stands in its review; {@link DutyRecordLifecycle} says how it moves. */
public enum DutyRecordState {
    DRAFT, SUBMITTED, PUBLISHED, RETURNED
}
