package cn.liaison.platform.error;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/** A string value in a body that PostgreSQL could not store: a NUL character or half of a surrogate pair. */
public final class UnstorableText extends JsonMappingException {

    public UnstorableText(JsonParser parser) {
        super(parser, "text holds a NUL character or half of a surrogate pair");
    }
}
