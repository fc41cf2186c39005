package cn.liaison.platform.web;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.error.ErrorCode;

/**
 * Refuses a path or query string carrying text PostgreSQL cannot store, before any resource sees
 * it ({@code ?q=%00} reached the station search). Bodies are checked as they are read: JSON by
 * {@link StrictJson}, CSV by {@link CsvReader}.
 */
public class TextAtTheDoor {

    @ServerRequestFilter(preMatching = true)
    public void refuseUnstorableText(ContainerRequestContext request) {
        var uri = request.getUriInfo();
        if (!StorableText.isStorable(uri.getPath())) {
            throw ApiException.invalidFields(ErrorCode.TEXT_NOT_STORABLE, List.of(new ApiException.FieldProblem("path", "field.unstorable")));
        }
        for (Map.Entry<String, List<String>> parameter : uri.getQueryParameters().entrySet()) {
            if (!StorableText.isStorable(parameter.getKey())
                    || parameter.getValue().stream().anyMatch(value -> !StorableText.isStorable(value))) {
                throw ApiException.invalidFields(ErrorCode.TEXT_NOT_STORABLE,
                        List.of(new ApiException.FieldProblem(parameter.getKey(), "field.unstorable")));
            }
        }
    }
}
