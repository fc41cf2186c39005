package cn.liaison.identity.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Request bodies of the sign-in endpoints. */
final class Requests {

    private Requests() {
    }

    public record WeChatLogin(@NotBlank @Size(max = 128) String code) {
    }

    public record PasswordLogin(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 128) String password) {
    }

    public record Refresh(@NotBlank @Size(max = 128) String refreshToken) {
    }

    public record PhoneBinding(@NotBlank @Size(max = 128) String code) {
    }
}
