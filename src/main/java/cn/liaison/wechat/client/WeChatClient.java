package cn.liaison.wechat.client;

import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.smallrye.mutiny.Uni;

/**
 * WeChat's HTTP endpoints. Answers are read as text because WeChat reports errors as HTTP 200 with
 * an {@code errcode}, sometimes labelled text/plain; {@link WeChatReplies} parses them.
 */
@RegisterRestClient(configKey = "wechat")
@Produces(MediaType.WILDCARD)
public interface WeChatClient {

    @GET
    @Path("/sns/jscode2session")
    Uni<String> jscode2session(@QueryParam("appid") String appId, @QueryParam("secret") String secret,
            @QueryParam("js_code") String code, @QueryParam("grant_type") String grantType);

    /** The official account's web authorisation (H5 inside WeChat's browser): a code for the user's openid. */
    @GET
    @Path("/sns/oauth2/access_token")
    Uni<String> oauth2AccessToken(@QueryParam("appid") String appId, @QueryParam("secret") String secret,
            @QueryParam("code") String code, @QueryParam("grant_type") String grantType);

    @POST
    @Path("/cgi-bin/stable_token")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<String> stableToken(Map<String, Object> body);

    @POST
    @Path("/wxa/msg_sec_check")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<String> checkText(@QueryParam("access_token") String accessToken, Map<String, Object> body);

    /** Image bytes on success, a JSON error otherwise: the content type tells which. */
    @POST
    @Path("/wxa/getwxacodeunlimit")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> unlimitedCode(@QueryParam("access_token") String accessToken, Map<String, Object> body);

    @POST
    @Path("/wxa/business/getuserphonenumber")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<String> userPhoneNumber(@QueryParam("access_token") String accessToken, Map<String, Object> body);

    @POST
    @Path("/cgi-bin/message/subscribe/send")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<String> sendSubscribeMessage(@QueryParam("access_token") String accessToken, Map<String, Object> body);
}
