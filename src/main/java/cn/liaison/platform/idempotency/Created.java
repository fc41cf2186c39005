package cn.liaison.platform.idempotency;

import java.net.URI;

import org.jboss.resteasy.reactive.RestResponse;


/** The 201 answer of an idempotent create: the thing, where it lives, and whether this is a replay. */
public final class Created {

    public static final String REPLAYED = "Idempotent-Replayed";

    private Created() {
    }

    public static <T> RestResponse<T> of(Idempotency.Outcome<T> outcome, String location) {
        return RestResponse.ResponseBuilder.<T>created(URI.create(location))
                .entity(outcome.answer())
                .header(REPLAYED, outcome.replayed())
                .build();
    }
}
