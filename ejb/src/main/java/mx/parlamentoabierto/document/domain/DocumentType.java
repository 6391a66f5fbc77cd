package mx.parlamentoabierto.document.domain;

import java.util.Locale;
import java.util.Optional;

/** Kinds of legislative document, with their Spanish names; API and URLs use the lower-case names. */
public enum DocumentType implements mx.parlamentoabierto.platform.CodedName {
    GACETA("Gaceta parlamentaria"),
    DIARIO_DEBATES("Diario de los debates"),
    VERSION_ESTENOGRAFICA("Versión estenográfica"),
    ORDEN_DEL_DIA("Orden del día"),
    INICIATIVA("Iniciativa"),
    DICTAMEN("Dictamen"),
    PUNTO_DE_ACUERDO("Punto de acuerdo"),
    ACTA("Acta"),
    LISTA_ASISTENCIA("Lista de asistencia"),
    VOTACION("Votación"),
    LEY_DECRETO("Ley o decreto"),
    PRESUPUESTO("Presupuesto o informe financiero"),
    DECLARACION("Declaración"),
    CONTRATO("Contrato"),
    OTRO("Otro");

    private final String spanishName;

    DocumentType(String spanishName) {
        this.spanishName = spanishName;
    }

    @Override
    public String spanishName() {
        return spanishName;
    }

    @Override
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<DocumentType> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String normalised = code.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (DocumentType type : values()) {
            if (type.name().equals(normalised)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
