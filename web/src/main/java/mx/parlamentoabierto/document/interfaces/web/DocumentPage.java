package mx.parlamentoabierto.document.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import mx.parlamentoabierto.document.application.DocumentCatalog;
import mx.parlamentoabierto.document.domain.Document;
import mx.parlamentoabierto.legislature.application.LegislatureCatalog;
import mx.parlamentoabierto.legislature.domain.Legislature;

/** {@code documento.xhtml?id=…}: one document. */
@Named
@RequestScoped
public class DocumentPage {

    @Inject
    DocumentCatalog catalog;
    @Inject
    LegislatureCatalog legislatures;

    private String id;
    private Document document;

    /** A missing, malformed or unknown id is a 404 page, never an error (the id comes straight from the address). */
    public void load() {
        Long number = null;
        if (id != null && id.strip().matches("\\d{1,18}")) {
            number = Long.valueOf(id.strip());
        }
        document = number == null ? null : catalog.find(number).orElse(null);
        if (document == null) {
            mx.parlamentoabierto.platform.interfaces.web.PageAddress.notFound("No existe el documento");
        }
    }

    public String getLegislatureName() {
        return legislatures.find(document.legislatureId()).map(Legislature::name).orElse(document.legislatureId());
    }

    public Document getDocument() { return document; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
}
