package cn.liaison.directory.service;

import jakarta.validation.constraints.Size;

/** What a deputy may change of their own profile; absent fields stay as they are. */
public record ProfileChangeInput(
        Long photoId,
        @Size(max = 5000) String biography,
        @Size(max = 64) String publicContact,
        @Size(max = 100) String occupation,
        @Size(max = 100) String workUnit) {
}
