package mx.parlamentoabierto.legislator.application;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import mx.parlamentoabierto.platform.json.InvalidDataFileException;

/**
 * The 32 federal entities by the short codes the Congress's rosters use ({@code ags}, {@code bc}, … {@code df} or
 * {@code cdmx}, … {@code zac}), with their names and the Open Civic Data id EveryPolitician gives their areas
 * ({@code ocd-division/country:mx/entidad:nuevo-león}), so a roster's districts are the same areas a Popolo file has.
 */
final class MexicanStates {

    private static final Map<String, String> NAMES = Map.ofEntries(Map.entry("ags", "Aguascalientes"), Map.entry("bc", "Baja California"),
            Map.entry("bcs", "Baja California Sur"), Map.entry("cam", "Campeche"), Map.entry("coa", "Coahuila"), Map.entry("col", "Colima"),
            Map.entry("cps", "Chiapas"), Map.entry("cua", "Chihuahua"), Map.entry("df", "Ciudad de México"), Map.entry("cdmx", "Ciudad de México"),
            Map.entry("dgo", "Durango"), Map.entry("gua", "Guanajuato"), Map.entry("gue", "Guerrero"), Map.entry("hgo", "Hidalgo"),
            Map.entry("jal", "Jalisco"), Map.entry("mex", "México"), Map.entry("mic", "Michoacán"), Map.entry("mor", "Morelos"),
            Map.entry("nay", "Nayarit"), Map.entry("nl", "Nuevo León"), Map.entry("oax", "Oaxaca"), Map.entry("pue", "Puebla"),
            Map.entry("que", "Querétaro"), Map.entry("qui", "Quintana Roo"), Map.entry("san", "San Luis Potosí"), Map.entry("sin", "Sinaloa"),
            Map.entry("son", "Sonora"), Map.entry("tab", "Tabasco"), Map.entry("tam", "Tamaulipas"), Map.entry("tla", "Tlaxcala"),
            Map.entry("ver", "Veracruz"), Map.entry("yuc", "Yucatán"), Map.entry("zac", "Zacatecas"));

    private MexicanStates() {
    }

    static Optional<String> name(String code) {
        return Optional.ofNullable(code == null ? null : NAMES.get(code.strip().toLowerCase(Locale.ROOT)));
    }

    /** The code, checked: an unknown one refuses the file at its line. */
    static String require(String file, int line, String code) {
        if (name(code).isEmpty()) {
            throw new InvalidDataFileException(file, "línea " + line + ", columna 'id'", "'" + code + "' no es la clave de una entidad federativa ("
                    + String.join(", ", NAMES.keySet().stream().sorted().toList()) + ")");
        }
        return code.strip().toLowerCase(Locale.ROOT);
    }

    /** The entity's Open Civic Data division id, as EveryPolitician writes it (lower case, spaces as hyphens, accents kept). */
    static String division(String code) {
        String name = name(code).orElseThrow();
        return "ocd-division/country:mx/entidad:" + name.toLowerCase(Locale.ROOT).replace(' ', '-');
    }
}
