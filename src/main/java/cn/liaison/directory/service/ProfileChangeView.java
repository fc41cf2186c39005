package cn.liaison.directory.service;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.liaison.directory.ProfileChange;
import cn.liaison.platform.time.ApiTime;

@Schema(name = "ProfileChange")
public record ProfileChangeView(Long id, Long deputyId, Long photoId, String biography, String publicContact,
        String occupation, String workUnit, ProfileChange.State state,
        @Schema(description = "Why staff rejected it; shown to the deputy") String reason,
        OffsetDateTime requestedAt, OffsetDateTime decidedAt) {

    static ProfileChangeView of(ProfileChange c) {
        return new ProfileChangeView(c.id, c.deputyId, c.photoId, c.biography, c.publicContact, c.occupation, c.workUnit,
                c.state, c.reason, ApiTime.of(c.createdAt), ApiTime.of(c.decidedAt));
    }
}
