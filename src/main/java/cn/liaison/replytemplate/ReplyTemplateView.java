package cn.liaison.replytemplate;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.liaison.platform.time.ApiTime;

@Schema(name = "ReplyTemplate")
public record ReplyTemplateView(Long id,
        @Schema(description = "The office (region) the template belongs to") Long regionId,
        String title, String content, OffsetDateTime updatedAt,
        @Schema(description = "Whether the caller may edit or delete it: their own office's or one below it") boolean editable) {

    public static ReplyTemplateView of(ReplyTemplate t, boolean editable) {
        return new ReplyTemplateView(t.id, t.regionId, t.title, t.content, ApiTime.of(t.updatedAt), editable);
    }
}
