package cn.liaison.notification.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.liaison.identity.Callers;
import cn.liaison.notification.SubscriptionQuotas;
import cn.liaison.platform.idempotency.Idempotency;
import cn.liaison.platform.openapi.Ok;
import cn.liaison.platform.web.FinishesOnDisconnect;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@FinishesOnDisconnect
@Path("/api/v1/me/subscriptions")
@Tag(name = "Notifications")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class MySubscriptionsResource {

    private final SubscriptionQuotas quotas;
    private final SecurityIdentity identity;

    public MySubscriptionsResource(SubscriptionQuotas quotas, SecurityIdentity identity) {
        this.quotas = quotas;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordSubscriptionConsent", summary = "Report the subscribe-message templates the user just accepted (each allows one message; send an Idempotency-Key)")
    @APIResponse(responseCode = "400", description = "IDEMPOTENCY_KEY_REQUIRED, VALIDATION_FAILED")
    @APIResponse(responseCode = "422", description = "IDEMPOTENCY_KEY_REUSED")
    @Ok
    public Uni<SubscriptionQuotas.Quotas> consent(@HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull SubscriptionQuotas.Consent consent) {
        return quotas.grant(Callers.of(identity).userId(), idempotencyKey, consent);
    }
}
