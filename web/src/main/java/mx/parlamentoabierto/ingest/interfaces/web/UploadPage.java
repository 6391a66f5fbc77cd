package mx.parlamentoabierto.ingest.interfaces.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import mx.parlamentoabierto.document.domain.DocumentType;
import mx.parlamentoabierto.legislature.application.LegislatureCatalog;
import mx.parlamentoabierto.legislature.domain.Legislature;

/**
 * {@code admin/subir.xhtml}: choose or drop many files, say which legislature and type they are, and watch
 * each one upload, get extracted and indexed (or fail with its reason). The page's script does the work
 * through the API — one ingest job per batch, then {@code POST /api/documents?job=} per file — so the page
 * and {@code ./parlamento ingest} share one path.
 */
@Named
@RequestScoped
public class UploadPage {

    @Inject
    LegislatureCatalog legislatures;

    public List<Legislature> getLegislatures() {
        return legislatures.all();
    }

    public List<DocumentType> getTypes() {
        return List.of(DocumentType.values());
    }
}
