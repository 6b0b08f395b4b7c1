package io.orderflow.cli;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a point in time as ms UTC: a date ({@code 2019-02-04}, its 00:00 UTC), a date-time in UTC
 * ({@code 2019-02-04T10:30}, {@code 2019-02-04 10:30:15.250}), or one with an explicit zone or offset
 * ({@code 2019-02-04T10:30Z}, {@code 2019-02-04T12:30+02:00}).
 */
public final class UtcTimeConverter implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
        return parse(value);
    }

    /** @throws TypeConversionException listing the accepted forms when {@code value} is none of them */
    public static long parse(String value) {
        String v = value.trim().replace(' ', 'T');
        try {
            return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        } catch (DateTimeParseException notDate) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC).toEpochMilli();
        } catch (DateTimeParseException notLocal) {
            // try the next form
        }
        try {
            return OffsetDateTime.parse(v).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not a UTC date or date-time; use 2019-02-04, "
                    + "2019-02-04T10:30, '2019-02-04 10:30:15.250' or 2019-02-04T12:30+02:00");
        }
    }
}
