package mx.parlamentoabierto.search.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a search result is: a document of the archive, a vote event (roll call), a legislator or a speech. The code is the
 * value of the search page's {@code clase} parameter.
 */
public enum RecordKind {
    DOCUMENT("documento"),
    VOTE_EVENT("votacion"),
    PERSON("legislador"),
    SPEECH("intervencion");

    private final String code;

    RecordKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The kind of a code; blank means documents (the archive search the page always was). */
    public static RecordKind fromCode(String code) {
        if (code == null || code.isBlank()) {
            return DOCUMENT;
        }
        return find(code).orElseThrow(() -> new IllegalArgumentException(
                "clase: debe ser documento, votacion, legislador o intervencion (se recibió '" + code + "')"));
    }

    private static Optional<RecordKind> find(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
