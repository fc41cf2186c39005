package cn.liaison.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;

import io.quarkus.test.junit.callback.QuarkusTestBeforeClassCallback;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Holds every call the tests make through REST Assured to the committed contract
 * ({@code openapi/openapi.yaml}): each answer must be one the operation documents, with its body's
 * schema, and a request the service accepted (below 400) must be one the contract allows. A request
 * the service refused is not checked, since tests send malformed requests on purpose. Registered
 * for every test class through JUnit's extension auto-detection.
 */
public class ContractCheck implements BeforeAllCallback, QuarkusTestBeforeClassCallback, Filter {

    static final OpenApiInteractionValidator CONTRACT = OpenApiInteractionValidator
            .createForSpecificationUrl(Path.of("openapi", "openapi.yaml").toUri().toString())
            .withLevelResolver(LevelResolver.create()
                    // An unknown path or method is a test of the 404 and 405 answers, not of the contract.
                    .withLevel("validation.request.path.missing", ValidationReport.Level.IGNORE)
                    .withLevel("validation.request.operation.notAllowed", ValidationReport.Level.IGNORE)
                    // REST Assured adds the bearer header after this filter has run; the service checks it.
                    .withLevel("validation.request.security.missing", ValidationReport.Level.IGNORE)
                    // An empty value (?limit=) counts as absent, as the contract's allowEmptyValue says;
                    // the validator reports it as a missing parameter all the same.
                    .withLevel("validation.request.parameter.missing", ValidationReport.Level.IGNORE)
                    .build())
            .build();
    private static volatile boolean registered;

    @Override
    public void beforeAll(ExtensionContext context) {
        register();
    }

    /**
     * A {@code @QuarkusTest} class runs in Quarkus's class loader, with a REST Assured of its own:
     * the JUnit extension above registers in the other one, where those tests never look. Quarkus
     * calls this from inside its loader (META-INF/services).
     */
    @Override
    public void beforeClass(Class<?> testClass) {
        register();
    }

    private void register() {
        if (!registered) {
            registered = true;
            RestAssured.filters(this);
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification expected, FilterContext context) {
        Response response = context.next(request, expected);
        String path = URI.create(request.getURI()).getPath();
        if (path.startsWith("/api/")) {
            // The validator cannot read a multipart body as REST Assured builds it: only the answer is checked.
            boolean multipart = request.getContentType() != null && request.getContentType().startsWith("multipart/");
            ValidationReport report = response.statusCode() < 400 && !multipart
                    ? CONTRACT.validate(RestAssuredRequest.of(request), asTheClientReadsIt(response))
                    : CONTRACT.validateResponse(path, Request.Method.valueOf(request.getMethod()), asTheClientReadsIt(response));
            if (report.hasErrors()) {
                throw new AssertionError("Off the contract (openapi/openapi.yaml): " + request.getMethod() + " " + path
                        + " answered " + response.statusCode() + "\n" + report.getMessages().stream()
                                .map(m -> "- " + m.getKey() + ": " + m.getMessage()).collect(Collectors.joining("\n")));
            }
        }
        return response;
    }

    /** A gzipped body that the test asked REST Assured not to decode is checked as its JSON. */
    private static com.atlassian.oai.validator.model.Response asTheClientReadsIt(Response response) {
        byte[] body = response.asByteArray();
        if (body.length < 2 || body[0] != (byte) 0x1f || body[1] != (byte) 0x8b) {
            return RestAssuredResponse.of(response);
        }
        try (GZIPInputStream unzipped = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return SimpleResponse.Builder.status(response.statusCode()).withContentType(response.contentType())
                    .withBody(new String(unzipped.readAllBytes(), StandardCharsets.UTF_8)).build();
        } catch (IOException e) {
            throw new AssertionError("A gzip-headed body that does not unzip", e);
        }
    }
}
