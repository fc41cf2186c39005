package cn.liaison.identity.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import cn.liaison.identity.TokenConfig;
import cn.liaison.identity.service.Authentication;
import cn.liaison.identity.service.SignIn;
import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.error.ErrorCode;
import cn.liaison.platform.openapi.RateLimited;
import cn.liaison.platform.web.ClientAddress;
import cn.liaison.platform.web.FinishesOnDisconnect;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/**
 * The staff console's sign-in. The access token goes to the page, which keeps it in memory only;
 * the refresh token stays in an HttpOnly cookie that script cannot read, sent only to these paths
 * and never from another site (SameSite=Strict). The mini-program keeps the JSON flow of
 * {@link AuthResource}.
 */
@FinishesOnDisconnect
@Path(ConsoleSessionResource.PATH)
@Tag(name = "Sign-in")
@Produces(MediaType.APPLICATION_JSON)
public class ConsoleSessionResource {

    static final String PATH = "/api/v1/auth/session";
    static final String COOKIE = "liaison_console_refresh";

    @Schema(name = "ConsoleSession", description = "A console sign-in: the refresh token is in the HttpOnly cookie, not here")
    public record SessionView(@Schema(description = "JWT (HS256) for the Authorization: Bearer header; keep it in memory") String accessToken,
            @Schema(description = "Seconds until the access token expires") long expiresIn, AccountView user) {
    }

    private final Authentication authentication;
    private final TokenConfig tokens;

    public ConsoleSessionResource(Authentication authentication, TokenConfig tokens) {
        this.authentication = authentication;
        this.tokens = tokens;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "signInToConsole", summary = "Sign in to the staff console with username and password; sets the refresh cookie")
    @APIResponse(responseCode = "200", description = "Signed in; Set-Cookie carries the refresh token")
    @APIResponse(responseCode = "401", description = "BAD_CREDENTIALS or ACCOUNT_DISABLED")
    @APIResponse(responseCode = "403", description = "CONSOLE_STAFF_ONLY: the account is neither staff nor admin")
    @APIResponse(responseCode = "423", description = "ACCOUNT_LOCKED after five failures, for 15 minutes, with Retry-After")
    @RateLimited
    public Uni<RestResponse<SessionView>> signIn(@Valid @NotNull Requests.PasswordLogin body, @Context HttpServerRequest request) {
        return authentication.withPassword(body.username(), body.password(), ClientAddress.of(request)).chain(this::started);
    }

    @POST
    @Path("/refresh")
    @Operation(operationId = "refreshConsoleSession", summary = "New access token for the console from its refresh cookie, which is rotated")
    @APIResponse(responseCode = "200", description = "A new access token; Set-Cookie carries the next refresh token")
    @APIResponse(responseCode = "401", description = "REFRESH_TOKEN_INVALID: no cookie, or unknown, expired, revoked or reused")
    @APIResponse(responseCode = "403", description = "CONSOLE_STAFF_ONLY: the account is no longer staff or admin")
    @RateLimited
    public Uni<RestResponse<SessionView>> refresh(@CookieParam(COOKIE) @Size(max = 128) String refreshToken,
            @Context HttpServerRequest request) {
        if (refreshToken == null || refreshToken.isBlank()) {
            return Uni.createFrom().failure(new ApiException(ErrorCode.REFRESH_TOKEN_INVALID));
        }
        return authentication.refresh(refreshToken, ClientAddress.of(request)).chain(this::started);
    }

    @DELETE
    @Operation(operationId = "signOutOfConsole", summary = "Sign out of the console: revokes the refresh token's family and clears the cookie")
    @APIResponse(responseCode = "204", description = "Signed out (also without a cookie, or with one already invalid)")
    public Uni<RestResponse<Void>> signOut(@CookieParam(COOKIE) @Size(max = 128) String refreshToken) {
        Uni<Void> revoked = refreshToken == null || refreshToken.isBlank() ? Uni.createFrom().voidItem()
                : authentication.signOut(refreshToken);
        return revoked.map(nothing -> RestResponse.ResponseBuilder.<Void>noContent().cookie(cookie("", 0)).build());
    }

    /** Staff and admins only: anyone else's new tokens are revoked at once. */
    private Uni<RestResponse<SessionView>> started(SignIn signIn) {
        if (!signIn.user().isStaffOrAdmin()) {
            return authentication.signOut(signIn.refreshToken())
                    .chain(() -> Uni.createFrom().failure(new ApiException(ErrorCode.CONSOLE_STAFF_ONLY)));
        }
        SessionView view = new SessionView(signIn.accessToken(), signIn.expiresIn(), AccountView.of(signIn.user(), null));
        return Uni.createFrom().item(RestResponse.ResponseBuilder.ok(view)
                .cookie(cookie(signIn.refreshToken(), (int) tokens.refreshTtl().toSeconds())).build());
    }

    private NewCookie cookie(String value, int maxAgeSeconds) {
        return new NewCookie.Builder(COOKIE).value(value).path(PATH).maxAge(maxAgeSeconds).httpOnly(true)
                .secure(tokens.consoleCookieSecure()).sameSite(NewCookie.SameSite.STRICT).build();
    }
}
