package cn.liaison.replytemplate;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One reusable answer of an office: a short title to pick it by, and the text staff then edit. */
@Entity
@Table(name = "reply_templates")
public class ReplyTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "region_id")
    public Long regionId;

    /** The office's region path, copied so that scope checks need no join. */
    @Column(name = "region_path")
    public String regionPath;

    public String title;

    @Column(columnDefinition = "text")
    public String content;

    @Column(name = "updated_by")
    public Long updatedBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Two staff editing one template: the second save gets 409 instead of silently winning. */
    @Version
    public int version;

    public void write(String title, String content, long by, Instant now) {
        this.title = title.strip();
        this.content = content.strip();
        this.updatedBy = by;
        this.updatedAt = now;
    }
}
