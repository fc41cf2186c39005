package cn.liaison.identity.service;

import cn.liaison.identity.User;

/** A successful sign-in or refresh: the tokens and the account they belong to. */
public record SignIn(String accessToken, String refreshToken, long expiresIn, User user) {
}
