package cn.liaison.identity.service;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record NewPassword(@NotNull @Size(max = 128) @Pattern(regexp = StaffPasswords.RULE, message = "field.password") String password) {
}
