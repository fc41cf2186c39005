package cn.liaison.platform.openapi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import cn.liaison.platform.error.ErrorCode;

/**
 * Completes the contract: every error answer is problem+json (or the array an operation names in
 * {@value #ERROR_BODY}), every operation lists the errors
 * any endpoint can give (with Retry-After where one is sent), an operation without a security
 * requirement says so explicitly, and the document is written the same way by every build. It also
 * says what the service accepts beyond the annotations: an optional field may be sent as null, and
 * an empty query parameter ({@code ?limit=}) counts as absent.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM = "#/components/schemas/Problem";
    /**
     * An operation of a part that answers errors in another standard's shape (platform/error/
     * ErrorDialect) names that shape's schema here; its errors are then an array of it, as JSON.
     */
    public static final String ERROR_BODY = "x-error-body";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema("Problem", problemSchema());
        if (openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(ProblemResponsesFilter::optionalMayBeNull);
        }
        if (openAPI.getComponents().getSecuritySchemes() != null) {
            openAPI.getComponents().getSecuritySchemes().values().forEach(scheme -> scheme.setDescription(
                    "Access token from a sign-in: a JWT signed with HS256 (RFC 7519), checked as RFC8725 advises:"
                            + " algorithm, issuer, audience and expiry (about 15 minutes); roles are its groups."));
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
                complete(entry.getKey(), entry.getValue());
            }
        }
    }

    private void complete(PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        if (!secured) {
            operation.setSecurity(new ArrayList<>());
        }
        if (operation.getParameters() != null) {
            operation.getParameters().stream().filter(p -> p.getIn() == Parameter.In.QUERY).forEach(p -> p.setAllowEmptyValue(true));
        }
        boolean takesBody = operation.getRequestBody() != null;
        boolean writes = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH;
        boolean takesInput = takesBody || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        boolean namesAThing = operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);
        if (takesInput) {
            addIfAbsent(responses, "400", "MALFORMED_REQUEST (a value that does not parse, named in errors[].field), "
                    + "VALIDATION_FAILED, or TEXT_NOT_STORABLE (a NUL character or half of a surrogate pair)");
        }
        boolean pages = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.QUERY && "cursor".equals(p.getName()));
        if (pages && !responses.getAPIResponse("400").getDescription().contains("INVALID_CURSOR")) {
            APIResponse invalid = responses.getAPIResponse("400");
            invalid.setDescription(invalid.getDescription() + "; INVALID_CURSOR: a cursor this list did not give");
        }
        if (secured) {
            // SmallRye's own words for the answers of @RolesAllowed say no code.
            replaceDefault(responses, "401", "Not Authorized", "UNAUTHENTICATED (no token, or an expired or revoked one), or ACCOUNT_DISABLED");
            replaceDefault(responses, "403", "Not Allowed", "FORBIDDEN: the caller's role may not do this");
        }
        if (namesAThing) {
            addIfAbsent(responses, "404", "NOT_FOUND, also for what the caller may not see");
        }
        if (takesBody) {
            addIfAbsent(responses, "413", "REQUEST_TOO_LARGE");
        }
        if (takesBody || writes) {
            addIfAbsent(responses, "415", "UNSUPPORTED_MEDIA_TYPE: a body of a type this operation does not read");
        }
        if (writes) {
            // Database constraints answer these on any write, also when a request raced another past a check.
            addIfAbsent(responses, "409", "CONCURRENT_MODIFICATION, or ALREADY_EXISTS (or a code of its own): a duplicate of something that exists");
            addIfAbsent(responses, "422", "UNKNOWN_REGION, UNKNOWN_REFERENCE or IDEMPOTENCY_KEY_REUSED");
        }
        addIfAbsent(responses, "414", "URI_TOO_LONG");
        addIfAbsent(responses, "431", "HEADERS_TOO_LARGE");
        addIfAbsent(responses, "500", "INTERNAL_ERROR");
        addIfAbsent(responses, "503", "DATABASE_UNAVAILABLE (with Retry-After), SESSION_STORE_UNAVAILABLE (signing in while Redis is down)"
                + " or SERVICE_UNAVAILABLE: a backing service is down; retry later");
        for (String status : List.of("423", "429", "503")) {
            APIResponse response = responses.getAPIResponse(status);
            if (response != null) {
                response.addHeader("Retry-After", OASFactory.createHeader()
                        .description("Seconds to wait before trying again")
                        .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).format("int32").minimum(BigDecimal.ONE)));
            }
        }
        Object dialect = operation.getExtensions() == null ? null : operation.getExtensions().get(ERROR_BODY);
        Schema errorBody = dialect == null ? OASFactory.createSchema().ref(PROBLEM)
                : OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY)).items(OASFactory.createSchema().ref(dialect.toString()));
        String errorType = dialect == null ? "application/problem+json" : "application/json";
        if (responses.getAPIResponses() != null) {
            responses.getAPIResponses().forEach((status, response) -> {
                if (status.startsWith("4") || status.startsWith("5")) {
                    response.setContent(OASFactory.createContent().addMediaType(errorType, OASFactory.createMediaType().schema(errorBody)));
                }
            });
        }
    }

    /** The JSON reader takes null for any field that is not required; the contract says so. */
    private static void optionalMayBeNull(Schema schema) {
        if (schema.getProperties() == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        schema.getProperties().forEach((name, property) -> {
            // Written as "nullable: true" in the 3.0 document.
            if (!required.contains(name) && property.getRef() == null && property.getType() != null
                    && !property.getType().contains(Schema.SchemaType.NULL)) {
                property.addType(Schema.SchemaType.NULL);
            }
        });
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING));
        Schema fieldError = OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .addProperty("field", text).addProperty("message", text);
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details; switch on `code`, show `detail` (Chinese, or English for Accept-Language: en)."
                        + " Besides the codes each operation names, any request may be answered METHOD_NOT_ALLOWED (405),"
                        + " NOT_ACCEPTABLE (406: an Accept this operation cannot answer), MALFORMED_REQUEST (400: a request line,"
                        + " header or escape that is not HTTP), URI_TOO_LONG (414) or HEADERS_TOO_LARGE (431)")
                .addProperty("type", text)
                .addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).format("int32"))
                .addProperty("detail", text)
                .addProperty("code", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).example("VALIDATION_FAILED")
                        .enumeration(Arrays.stream(ErrorCode.values()).map(code -> (Object) code.name()).toList()))
                .addProperty("requestId", text)
                .addProperty("errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY)).items(fieldError))
                .required(List.of("type", "title", "status", "code"));
    }

    private static void replaceDefault(APIResponses responses, String status, String generated, String description) {
        APIResponse response = responses.getAPIResponse(status);
        if (response == null) {
            addIfAbsent(responses, status, description);
        } else if (generated.equals(response.getDescription())) {
            response.setDescription(description);
        }
    }

    private static void addIfAbsent(APIResponses responses, String status, String description) {
        if (responses.getAPIResponse(status) == null) {
            APIResponse response = OASFactory.createAPIResponse().description(description);
            responses.addAPIResponse(status, response);
        }
    }
}
