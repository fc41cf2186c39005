package cn.liaison.platform.tracing;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import cn.liaison.platform.config.LiaisonConfig;
import io.opentelemetry.sdk.trace.samplers.Sampler;

/**
 * Traces are recorded and sent over OTLP only where a collector is configured
 * ({@code liaison.tracing.endpoint}); elsewhere no span is sampled, so nothing is sent and no
 * connection is attempted. Either way every request gets a trace id, which its log lines carry and
 * which becomes its request id when the caller sends none (RequestIds).
 */
public class TraceSampling {

    @Produces
    @Singleton
    Sampler sampler(LiaisonConfig config) {
        LiaisonConfig.Tracing tracing = config.tracing();
        return tracing.endpoint().isPresent() ? Sampler.parentBased(Sampler.traceIdRatioBased(tracing.ratio())) : Sampler.alwaysOff();
    }
}
