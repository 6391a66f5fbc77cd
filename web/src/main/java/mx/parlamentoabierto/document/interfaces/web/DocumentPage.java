package mx.parlamentoabierto.document.interfaces.web;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
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

    private Long id;
    private Document document;

    public void load() throws IOException {
        document = id == null ? null : catalog.find(id).orElse(null);
        if (document == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "No existe el documento");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public String getLegislatureName() {
        return legislatures.find(document.legislatureId()).map(Legislature::name).orElse(document.legislatureId());
    }

    public Document getDocument() { return document; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
}
