package cn.liaison.identity.service;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a user may change of their own account; absent fields stay as they are. */
public record ProfileChange(
        @Size(min = 1, max = 32) String nickname,
        @Size(max = 512) @Pattern(regexp = "https://\\S+", message = "field.url") String avatarUrl) {
}
