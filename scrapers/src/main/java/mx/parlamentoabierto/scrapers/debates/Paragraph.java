package mx.parlamentoabierto.scrapers.debates;

/**
 * One paragraph of a transcript as its publication marks it: the text set apart at its start as a speaker's label
 * would be (bold in the versiones, capitals in the Diario; null when nothing is), and the rest.
 */
public record Paragraph(String label, String body) {

    public Paragraph {
        body = body == null ? "" : body.strip();
        label = label == null || label.isBlank() ? null : label.strip();
    }

    /** The whole paragraph as read, label included. */
    public String whole() {
        return label == null ? body : body.isEmpty() ? label : label + " " + body;
    }
}
