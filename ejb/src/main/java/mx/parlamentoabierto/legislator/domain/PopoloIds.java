package mx.parlamentoabierto.legislator.domain;

/**
 * The portal's id of a Popolo record: the legislature's id, a colon and the source's own id ({@code diputados:PAN},
 * {@code diputados:01850b32-…}), so two legislatures' "PAN" never collide and re-importing a source finds its rows.
 */
public final class PopoloIds {

    public static final int MAX_SOURCE_ID = 190;

    private PopoloIds() {
    }

    public static String of(String legislatureId, String sourceId) {
        if (sourceId == null || sourceId.isBlank()) {
            throw new IllegalArgumentException("a source id is required");
        }
        if (sourceId.length() > MAX_SOURCE_ID) {
            throw new IllegalArgumentException("a source id cannot pass " + MAX_SOURCE_ID + " characters");
        }
        return legislatureId + ":" + sourceId.strip();
    }

    /** The source's id back from a portal id. */
    public static String sourceId(String id) {
        int colon = id.indexOf(':');
        return colon < 0 ? id : id.substring(colon + 1);
    }

    /** The legislature a portal id belongs to. */
    public static String legislatureId(String id) {
        int colon = id.indexOf(':');
        return colon < 0 ? null : id.substring(0, colon);
    }
}
