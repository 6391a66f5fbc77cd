package mx.parlamentoabierto.scrapers.debates;

/**
 * One paragraph of a transcript as its publication marks it: the text set apart at its start as a speaker's label
 * would be (bold in the versiones, the start of a line in the Diario; null when nothing is), and the rest; or, when
 * {@code heading}, an agenda heading the publication prints as such (the Diario's capitals: "DICTÁMENES A DISCUSIÓN").
 */
public record Paragraph(String label, String body, boolean heading) {

    public Paragraph {
        body = body == null ? "" : body.strip();
        label = label == null || label.isBlank() ? null : label.strip();
    }

    public Paragraph(String label, String body) {
        this(label, body, false);
    }

    /** An agenda heading printed as such. */
    public static Paragraph heading(String text) {
        return new Paragraph(null, text, true);
    }

    /** The whole paragraph as read, label included. */
    public String whole() {
        return label == null ? body : body.isEmpty() ? label : label + " " + body;
    }
}
