package mx.parlamentoabierto.platform.interfaces.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A date received in a request (AAAA-MM-DD); a wrong one is refused naming the field and the value. */
public final class IsoDate {

    private IsoDate() {
    }

    /** A date a form or query string may leave blank: empty when blank, refused naming the field when not a date. */
    public static java.util.Optional<LocalDate> optional(String field, String value) {
        return java.util.Optional.ofNullable(parse(field, value == null || value.isBlank() ? null : value.strip()));
    }

    /** @return the date, or null when the value is null */
    public static LocalDate parse(String field, String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new mx.parlamentoabierto.platform.InvalidInputException(field, field + ": se espera AAAA-MM-DD, recibido '" + value + "'");
        }
    }
}
