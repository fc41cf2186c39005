package cn.liaison.opinion;

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

@Entity
@Table(name = "opinion_replies")
public class OpinionReply {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "opinion_id")
    public Long opinionId;

    @Column(name = "author_id")
    public Long authorId;

    @Enumerated(EnumType.STRING)
    @Column(name = "author_role")
    public ActorRole authorRole;

    @Column(name = "department_id")
    public Long departmentId;

    @Column(columnDefinition = "text")
    public String content;

    /** The content as the public board shows it, names the citizen hid taken out; null until published. */
    @Column(name = "public_content", columnDefinition = "text")
    public String publicContent;

    @Convert(converter = IdList.class)
    @Column(name = "photo_ids")
    public List<Long> photoIds = List.of();

    @Column(name = "created_at")
    public Instant createdAt;

    /** A written answer to {@code opinion}; its photos, if any, are the author's uploads. */
    public static OpinionReply to(Opinion opinion, long author, ActorRole role, Long department, String text, List<Long> photos,
            Instant at) {
        OpinionReply reply = new OpinionReply();
        reply.opinionId = opinion.id;
        reply.authorId = author;
        reply.authorRole = role;
        reply.departmentId = department;
        reply.content = text;
        reply.photoIds = photos == null ? List.of() : List.copyOf(photos);
        reply.createdAt = at;
        return reply;
    }
}
