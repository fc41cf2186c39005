package cn.liaison.platform.persistence;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A short ordered list of ids (photos of a station, say) kept in one column as {@code 12,40,41}. */
@Converter
public class IdList implements AttributeConverter<List<Long>, String> {

    @Override
    public String convertToDatabaseColumn(List<Long> ids) {
        return format(ids);
    }

    /** {@code 12,40,41}; also what SQL splits with {@code string_to_array(…, ',')}. */
    public static String format(List<Long> ids) {
        return ids == null ? "" : ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    @Override
    public List<Long> convertToEntityAttribute(String column) {
        return parse(column);
    }

    public static List<Long> parse(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        return Arrays.stream(column.split(",")).map(Long::valueOf).toList();
    }
}
