package cn.liaison.platform.error;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

/**
 * Names the path, query and header parameters whose value did not convert to their type, since the
 * REST layer reports such a failure without saying which parameter it was (and as a 404 for path and
 * query values, which is wrong for a value that merely does not parse).
 */
final class UnparsedParameters {

    private UnparsedParameters() {
    }

    static List<String> of(ResourceInfo resource, UriInfo uri, HttpHeaders headers) {
        List<String> names = new ArrayList<>();
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return names;
        }
        for (Parameter parameter : method.getParameters()) {
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Field field : parameter.getType().getFields()) {
                    check(field, field.getType(), uri, headers, names);
                }
            } else {
                check(parameter, parameter.getType(), uri, headers, names);
            }
        }
        return names;
    }

    private static void check(AnnotatedElement element, Class<?> type, UriInfo uri, HttpHeaders headers, List<String> names) {
        String name;
        List<String> values;
        if (element.isAnnotationPresent(PathParam.class)) {
            name = element.getAnnotation(PathParam.class).value();
            values = uri.getPathParameters().get(name);
        } else if (element.isAnnotationPresent(QueryParam.class)) {
            name = element.getAnnotation(QueryParam.class).value();
            values = uri.getQueryParameters().get(name);
        } else if (element.isAnnotationPresent(HeaderParam.class)) {
            name = element.getAnnotation(HeaderParam.class).value();
            values = headers.getRequestHeader(name);
        } else {
            return;
        }
        if (values != null && values.stream().anyMatch(value -> !converts(type, value))) {
            names.add(name);
        }
    }

    private static boolean converts(Class<?> type, String value) {
        try {
            if (type == long.class || type == Long.class) {
                Long.parseLong(value);
            } else if (type == int.class || type == Integer.class) {
                Integer.parseInt(value);
            } else if (type == double.class || type == Double.class) {
                Double.parseDouble(value);
            } else if (type == LocalDate.class) {
                LocalDate.parse(value);
            } else if (type == OffsetDateTime.class) {
                OffsetDateTime.parse(value);
            } else if (type == YearMonth.class) {
                YearMonth.parse(value);
            } else if (type == boolean.class || type == Boolean.class) {
                return value.isEmpty() || value.equals("true") || value.equals("false"); // as platform/web/StrictBooleans reads them
            } else if (type.isEnum()) {
                return List.of(type.getEnumConstants()).stream().anyMatch(c -> ((Enum<?>) c).name().equals(value));
            }
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
