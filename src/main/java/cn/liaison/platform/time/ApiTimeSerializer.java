package cn.liaison.platform.time;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Writes times in answers exactly as {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} does, without
 * the formatter: it prints the fraction of a second through a BigDecimal, and a page of opinions
 * holds forty times. That was a tenth of the CPU and a third of the garbage of a list request.
 */
@Singleton
public class ApiTimeSerializer extends StdSerializer<OffsetDateTime> implements ObjectMapperCustomizer {

    public ApiTimeSerializer() {
        super(OffsetDateTime.class);
    }

    /** After Quarkus registers its Java time module, whose serializer this one replaces. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("ApiTime").addSerializer(OffsetDateTime.class, this));
    }

    @Override
    public void serialize(OffsetDateTime time, JsonGenerator json, SerializerProvider provider) throws IOException {
        json.writeString(format(time));
    }

    static String format(OffsetDateTime time) {
        int year = time.getYear();
        if (year < 0 || year > 9999) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time); // signed years; never in our data
        }
        StringBuilder text = new StringBuilder(35);
        digits(text, year, 4).append('-');
        digits(text, time.getMonthValue(), 2).append('-');
        digits(text, time.getDayOfMonth(), 2).append('T');
        digits(text, time.getHour(), 2).append(':');
        digits(text, time.getMinute(), 2).append(':');
        digits(text, time.getSecond(), 2);
        int fraction = time.getNano();
        if (fraction != 0) {
            int width = 9;
            while (fraction % 10 == 0) {
                fraction /= 10;
                width--;
            }
            digits(text.append('.'), fraction, width);
        }
        return text.append(time.getOffset().getId()).toString();
    }

    private static StringBuilder digits(StringBuilder text, int value, int width) {
        String number = Integer.toString(value);
        for (int pad = width - number.length(); pad > 0; pad--) {
            text.append('0');
        }
        return text.append(number);
    }
}
