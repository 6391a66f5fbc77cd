package mx.parlamentoabierto.document.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import mx.parlamentoabierto.audit.application.AuditTrail;
import mx.parlamentoabierto.document.domain.Document;
import mx.parlamentoabierto.document.domain.DocumentDescribed;
import mx.parlamentoabierto.document.domain.DocumentRepository;
import mx.parlamentoabierto.document.domain.DocumentType;
import mx.parlamentoabierto.document.domain.SearchOutboxEntry;
import mx.parlamentoabierto.identity.application.Accounts;
import mx.parlamentoabierto.identity.domain.Caller;
import mx.parlamentoabierto.platform.InvalidInputException;
import mx.parlamentoabierto.platform.ResourceNotFoundException;
import mx.parlamentoabierto.platform.events.ApplicationEvents;
import mx.parlamentoabierto.platform.persistence.UnitOfWork;

/**
 * An editor corrects a document's date, type or title — typically one the archive inferred. The change is audited
 * (before → after), the inferred marks go, and the search index is told in the same transaction (outbox).
 */
@ApplicationScoped
public class DocumentCorrections {

    private DocumentRepository documents;
    private AuditTrail audit;
    private ApplicationEvents events;
    private Clock clock;

    protected DocumentCorrections() {
        // CDI proxy
    }

    @Inject
    public DocumentCorrections(DocumentRepository documents, AuditTrail audit, ApplicationEvents events, Clock clock) {
        this.documents = documents;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @UnitOfWork
    public Document describe(Caller caller, long id, String date, String type, String title) {
        Accounts.requireAdmin(caller);
        LocalDate newDate = null;
        if (date != null && !date.isBlank()) {
            try {
                newDate = LocalDate.parse(date.strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw new InvalidInputException("date", "date: '" + date + "' no es una fecha AAAA-MM-DD");
            }
        }
        DocumentType newType = null;
        if (type != null && !type.isBlank()) {
            newType = DocumentType.fromCode(type).orElseThrow(() -> new InvalidInputException("type", "type: tipo de documento desconocido '" + type + "'"));
        }
        if (title != null && title.length() > 500) {
            throw new InvalidInputException("title", "title: no puede pasar de 500 caracteres");
        }
        if (newDate == null && newType == null && (title == null || title.isBlank())) {
            throw new InvalidInputException("date", "indique al menos date, type o title");
        }
        LocalDate d = newDate;
        DocumentType t = newType;
        Document changed;
        Document document = documents.find(id).orElseThrow(() -> new ResourceNotFoundException("No existe el documento " + id));
        Map<String, Object> before = state(document);
        document.describe(d, t, title, clock.instant());
        if (document.text() != null) {
            documents.addToOutbox(new SearchOutboxEntry(document.id(), clock.instant()));
        }
        audit.record(caller, "document.described", new AuditTrail.Subject("document", String.valueOf(id), null), before, state(document));
        events.publish(new DocumentDescribed(id));
        changed = document;
        return changed;
    }

    private static Map<String, Object> state(Document d) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("date", d.date() == null ? null : d.date().toString());
        s.put("date_source", d.dateSource());
        s.put("type", d.type().code());
        s.put("type_source", d.typeSource());
        s.put("title", d.title());
        return s;
    }
}
