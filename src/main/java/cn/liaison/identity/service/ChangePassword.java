package cn.liaison.identity.service;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A staff member's or admin's own password change: the current password proves it is them. */
public record ChangePassword(
        @NotNull @Size(max = 128) String currentPassword,
        @NotNull @Size(max = 128) @Pattern(regexp = StaffPasswords.RULE, message = "field.password") String newPassword) {
}
