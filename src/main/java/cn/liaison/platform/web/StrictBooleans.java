package cn.liaison.platform.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/**
 * A yes-or-no parameter is "true" or "false": Java would read anything else ({@code ?overdue=yes})
 * as false and answer a list the caller did not ask for. Anything else is refused as malformed,
 * naming the parameter; an empty value counts as absent, as for every parameter.
 */
@Provider
public class StrictBooleans implements ParamConverterProvider {

    private static final ParamConverter<Boolean> BOXED = new Strict(null);
    /** A primitive cannot be absent: an empty value is false, as Java's default. */
    private static final ParamConverter<Boolean> PRIMITIVE = new Strict(Boolean.FALSE);

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        return rawType == Boolean.class ? (ParamConverter<T>) BOXED : rawType == boolean.class ? (ParamConverter<T>) PRIMITIVE : null;
    }

    private record Strict(Boolean empty) implements ParamConverter<Boolean> {

        @Override
        public Boolean fromString(String value) {
            if (value == null || value.isEmpty()) {
                return empty;
            }
            return switch (value) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new IllegalArgumentException("not a boolean: " + value);
            };
        }

        @Override
        public String toString(Boolean value) {
            return String.valueOf(value);
        }
    }
}
