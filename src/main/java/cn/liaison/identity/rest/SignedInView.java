package cn.liaison.identity.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.liaison.identity.service.SignIn;

@Schema(name = "SignedIn")
public record SignedInView(
        @Schema(description = "JWT (HS256) for the Authorization: Bearer header") String accessToken,
        @Schema(description = "Single use: every refresh answers a new one") String refreshToken,
        @Schema(description = "Seconds until the access token expires") long expiresIn,
        AccountView user) {

    static SignedInView of(SignIn signIn, String phone) {
        return new SignedInView(signIn.accessToken(), signIn.refreshToken(), signIn.expiresIn(), AccountView.of(signIn.user(), phone));
    }
}
