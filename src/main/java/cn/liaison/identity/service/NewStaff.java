package cn.liaison.identity.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.liaison.identity.Role;

/** A staff or admin account to create. Staff need a region scope; admins see everything. */
public record NewStaff(
        @NotBlank @Size(min = 3, max = 32) @Pattern(regexp = "[A-Za-z0-9._-]+") String username,
        @NotBlank @Size(max = 32) String displayName,
        @NotNull @Size(max = 128) @Pattern(regexp = StaffPasswords.RULE, message = "field.password") String password,
        @NotNull Role role,
        Long regionId) {
}
