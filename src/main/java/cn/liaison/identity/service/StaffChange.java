package cn.liaison.identity.service;

import jakarta.validation.constraints.Size;

/** Changes to a staff account; absent fields stay as they are. */
public record StaffChange(@Size(min = 1, max = 32) String displayName, Long regionId) {
}
