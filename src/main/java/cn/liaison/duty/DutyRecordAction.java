package cn.liaison.duty;

public enum DutyRecordAction {
    /** the author (deputy or staff) changes the record */ EDIT,
    /** the author sends it for review */ SUBMIT,
    /** staff in scope publish it */ PUBLISH,
    /** staff in scope send it back with a reason */ RETURN
}
