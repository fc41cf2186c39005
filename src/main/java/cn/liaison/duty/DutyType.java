package cn.liaison.duty;

/** Kinds of duty activity (履职) a deputy records. */
public enum DutyType {
    /** 接待选民 */ RECEPTION,
    /** 走访 */ VISIT,
    /** 视察 */ INSPECTION,
    /** 调研 */ RESEARCH,
    /** 执法检查 */ LAW_CHECK,
    /** 会议 */ MEETING,
    /** 培训 */ TRAINING,
    OTHER
}
