package cn.liaison.suggestion;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.liaison.platform.persistence.IdList;

/** A department's written answer in one round of handling, as staff recorded it from the department's letter. */
@Entity
@Table(name = "suggestion_answers")
public class SuggestionAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "suggestion_id")
    public Long suggestionId;

    @Column(name = "department_id")
    public Long departmentId;

    public int round;

    @Enumerated(EnumType.STRING)
    @Column(name = "result_class", columnDefinition = "char(1)")
    public ResultClass resultClass;

    @Column(columnDefinition = "text")
    public String content;

    /** Photos of the signed letter. */
    @Convert(converter = IdList.class)
    @Column(name = "attachment_ids")
    public List<Long> attachmentIds = List.of();

    @Column(name = "recorded_by")
    public Long recordedBy;

    @Column(name = "answered_at")
    public Instant answeredAt;

    @Column(name = "on_time")
    public boolean onTime;
}
