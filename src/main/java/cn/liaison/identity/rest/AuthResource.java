package cn.liaison.identity.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

import cn.liaison.identity.service.Authentication;
import cn.liaison.identity.service.MyAccount;
import cn.liaison.identity.service.SignIn;
import cn.liaison.platform.openapi.RateLimited;
import cn.liaison.platform.web.ClientAddress;
import cn.liaison.platform.web.FinishesOnDisconnect;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

@FinishesOnDisconnect
@Path("/api/v1/auth")
@Tag(name = "Sign-in")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    private final Authentication authentication;
    private final MyAccount accounts;

    public AuthResource(Authentication authentication, MyAccount accounts) {
        this.authentication = authentication;
        this.accounts = accounts;
    }

    @POST
    @Path("/wechat-login")
    @Operation(operationId = "signInWithWeChat", summary = "Sign in with a wx.login code (citizens and deputies)")
    @APIResponse(responseCode = "200", description = "Signed in; the account is created on first sign-in")
    @APIResponse(responseCode = "401", description = "WECHAT_CODE_INVALID: the code is invalid or already used; ACCOUNT_DISABLED")
    @APIResponse(responseCode = "403", description = "WECHAT_USER_RISKY: WeChat refuses this user")
    @APIResponse(responseCode = "409", description = "CONCURRENT_MODIFICATION: the H5 page signed the same person in at the same moment; try again")
    @APIResponse(responseCode = "429", description = "RATE_LIMITED or WECHAT_RATE_LIMITED, with Retry-After")
    @APIResponse(responseCode = "503", description = "WECHAT_UNAVAILABLE: WeChat busy, unreachable or slower than 5 s")
    public Uni<SignedInView> wechatLogin(@Valid @NotNull Requests.WeChatLogin body, @Context HttpServerRequest request) {
        return authentication.withWeChat(body.code(), ClientAddress.of(request)).map(this::view);
    }

    @POST
    @Path("/wechat-web-login")
    @Operation(operationId = "signInWithWeChatWeb", summary = "Sign in the H5 page inside WeChat's browser with the official account's web authorisation code (citizens and deputies); the same citizen as in the mini-program when WeChat gives a unionid")
    @APIResponse(responseCode = "200", description = "Signed in; the account is created on first sign-in")
    @APIResponse(responseCode = "401", description = "WECHAT_CODE_INVALID: the code is invalid, already used or from a snapshot page; ACCOUNT_DISABLED")
    @APIResponse(responseCode = "403", description = "WECHAT_USER_RISKY: WeChat refuses this user")
    @APIResponse(responseCode = "409", description = "CONCURRENT_MODIFICATION: the mini-program signed the same person in at the same moment; try again")
    @APIResponse(responseCode = "429", description = "RATE_LIMITED or WECHAT_RATE_LIMITED, with Retry-After")
    @APIResponse(responseCode = "503", description = "WECHAT_UNAVAILABLE: WeChat busy, unreachable or slower than 5 s")
    public Uni<SignedInView> wechatWebLogin(@Valid @NotNull Requests.WeChatLogin body, @Context HttpServerRequest request) {
        return authentication.withWeChatWeb(body.code(), ClientAddress.of(request)).map(this::view);
    }

    @POST
    @Path("/password-login")
    @Operation(operationId = "signInWithPassword", summary = "Sign in with username and password (staff and admins)")
    @APIResponse(responseCode = "200", description = "Signed in")
    @APIResponse(responseCode = "401", description = "BAD_CREDENTIALS or ACCOUNT_DISABLED")
    @APIResponse(responseCode = "423", description = "ACCOUNT_LOCKED after five failures, for 15 minutes, with Retry-After")
    @RateLimited
    public Uni<SignedInView> passwordLogin(@Valid @NotNull Requests.PasswordLogin body, @Context HttpServerRequest request) {
        return authentication.withPassword(body.username(), body.password(), ClientAddress.of(request)).map(this::view);
    }

    @POST
    @Path("/refresh")
    @Operation(operationId = "refreshTokens", summary = "Exchange a refresh token for new tokens; the old refresh token is spent")
    @APIResponse(responseCode = "200", description = "New access and refresh tokens")
    @APIResponse(responseCode = "401", description = "REFRESH_TOKEN_INVALID: unknown, expired, revoked, or reused (which revokes its family)")
    @RateLimited
    public Uni<SignedInView> refresh(@Valid @NotNull Requests.Refresh body, @Context HttpServerRequest request) {
        return authentication.refresh(body.refreshToken(), ClientAddress.of(request)).map(this::view);
    }

    @POST
    @Path("/logout")
    @ResponseStatus(204)
    @Operation(operationId = "signOut", summary = "Sign out: revokes the refresh token and every token rotated from the same sign-in")
    @APIResponse(responseCode = "204", description = "Signed out (also when the token was already invalid)")
    public Uni<Void> logout(@Valid @NotNull Requests.Refresh body) {
        return authentication.signOut(body.refreshToken());
    }

    private SignedInView view(SignIn signIn) {
        return SignedInView.of(signIn, accounts.phoneOf(signIn.user()));
    }
}
