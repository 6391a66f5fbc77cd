package mx.parlamentoabierto.evaluation.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import mx.parlamentoabierto.audit.application.AuditTrail;
import mx.parlamentoabierto.document.application.DocumentCatalog;
import mx.parlamentoabierto.document.domain.Document;
import mx.parlamentoabierto.evaluation.domain.AnswerRevision;
import mx.parlamentoabierto.evaluation.domain.Assignment;
import mx.parlamentoabierto.evaluation.domain.EditionAccess;
import mx.parlamentoabierto.evaluation.domain.EvaluationRecords;
import mx.parlamentoabierto.identity.application.Accounts;
import mx.parlamentoabierto.identity.domain.Account;
import mx.parlamentoabierto.identity.domain.Caller;
import mx.parlamentoabierto.identity.domain.Role;
import mx.parlamentoabierto.legislature.domain.Legislature;
import mx.parlamentoabierto.legislature.domain.LegislatureRepository;
import mx.parlamentoabierto.methodology.domain.Methodology;
import mx.parlamentoabierto.methodology.domain.Variable;
import mx.parlamentoabierto.platform.AccessDeniedException;
import mx.parlamentoabierto.platform.ConflictException;
import mx.parlamentoabierto.platform.InvalidInputException;
import mx.parlamentoabierto.platform.NotSignedInException;
import mx.parlamentoabierto.platform.ResourceNotFoundException;
import mx.parlamentoabierto.platform.json.Jsonp;
import mx.parlamentoabierto.scoring.domain.Answer;
import mx.parlamentoabierto.scoring.domain.Edition;
import mx.parlamentoabierto.scoring.domain.EditionRepository;
import mx.parlamentoabierto.scoring.domain.EditionState;
import mx.parlamentoabierto.scoring.domain.EvidenceLink;

/**
 * The rules every evaluation use case asks: which edition the caller may see and what they may do in it
 * ({@link EditionAccess}), the legislatures in its scope, its windows, evidence as given, answer revisions, and the
 * states written to the audit log.
 */
@ApplicationScoped
public class EvaluationRules {

    /** Dates of the windows are days in Mexico City (inclusive at both ends). */
    public static final ZoneId ZONE = mx.parlamentoabierto.platform.PortalTime.ZONE;

    private EditionRepository editions;
    private EvaluationRecords records;
    private LegislatureRepository legislatures;
    private DocumentCatalog documents;
    private Accounts accounts;
    private Clock clock;

    protected EvaluationRules() {
        // CDI proxy
    }

    @Inject
    public EvaluationRules(EditionRepository editions, EvaluationRecords records, LegislatureRepository legislatures,
            DocumentCatalog documents, Accounts accounts, Clock clock) {
        this.editions = editions;
        this.records = records;
        this.legislatures = legislatures;
        this.documents = documents;
        this.accounts = accounts;
        this.clock = clock;
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    Optional<Edition> editionIfExists(String id) {
        return id == null || !Edition.ID_PATTERN.matcher(id).matches() ? Optional.empty() : editions.find(id);
    }

    EditionAccess access(Caller caller, Edition edition) {
        return new EditionAccess(caller, edition, edition.demo() ? List.of() : records.assignments(edition.id()));
    }

    EditionAccess visible(Caller caller, String editionId) {
        Supplier<ResourceNotFoundException> missing = () -> new ResourceNotFoundException("editionId", "No existe la edición '" + editionId + "'");
        Edition edition = editionIfExists(editionId).orElseThrow(missing);
        EditionAccess access = access(caller, edition);
        if (!access.canSeeEdition()) {
            throw missing.get();
        }
        return access;
    }

    List<String> scope(Edition edition) {
        return edition.legislatureIds().isEmpty() ? legislatures.findAll().stream().map(Legislature::id).toList() : edition.legislatureIds();
    }

    Legislature inScope(Edition edition, String legislatureId) {
        Legislature legislature = legislatureId == null ? null : legislatures.find(legislatureId).orElse(null);
        if (legislature == null || !edition.inScope(legislatureId)) {
            throw new ResourceNotFoundException("legislatureId", "La legislatura '" + legislatureId + "' no está en la edición " + edition.id() + ".");
        }
        return legislature;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    List<EvidenceLink> evidence(List<EvidenceInput> inputs) {
        List<EvidenceLink> links = new ArrayList<>();
        if (inputs == null) {
            return links;
        }
        if (inputs.size() > Answer.MAX_EVIDENCE) {
            throw new InvalidInputException("evidence", "A lo más " + Answer.MAX_EVIDENCE + " evidencias (llegaron " + inputs.size() + ").");
        }
        for (int i = 0; i < inputs.size(); i++) {
            EvidenceInput in = inputs.get(i);
            String field = "evidence[" + i + "]";
            if (in == null) {
                throw new InvalidInputException(field, "Evidencia vacía.");
            }
            if (in.documentId() != null) {
                Document document = documents.find(in.documentId()).orElseThrow(() -> new InvalidInputException(field + ".documentId",
                        "No existe el documento " + in.documentId() + " en el archivo."));
                links.add(EvidenceLink.archived(document.id(), in.label() == null || in.label().isBlank() ? document.title() : in.label(),
                        document.sha256()));
            } else {
                if (!EvidenceLink.isHttpUrl(in.url())) {
                    throw new InvalidInputException(field + ".url", "La evidencia debe ser una dirección http(s) absoluta o un documentId del archivo.");
                }
                links.add(new EvidenceLink(in.url(), in.label() == null || in.label().isBlank() ? null : in.label().strip(), clock.instant(), null));
            }
        }
        return links;
    }

    void revision(Answer answer, String author, String cause) {
        int next = records.lastRevision(answer.editionId(), answer.legislatureId(), answer.variableId()) + 1;
        records.add(new AnswerRevision(answer.editionId(), answer.legislatureId(), answer.variableId(), next, answer.value(),
                answer.justification(), evidenceJson(answer.evidence()), author, cause, clock.instant()));
    }

    static Variable variable(Methodology methodology, String variableId) {
        return methodology.variable(variableId).orElseThrow(() -> new ResourceNotFoundException("variableId",
                "La variable '" + variableId + "' no existe en la metodología " + methodology.key() + "."));
    }

    static void requireWindow(boolean inside, String name, Optional<LocalDate> opens, Optional<LocalDate> closes) {
        if (!inside) {
            throw new ConflictException("window", "Fuera de la ventana de " + name + " (" + opens.map(Object::toString).orElse("?") + " a "
                    + closes.map(Object::toString).orElse("?") + ").");
        }
    }

    static String stateMessage(Edition edition) {
        return edition.state() == EditionState.PUBLISHED
                ? "La edición está publicada: no se escribe en ella; se corrige publicando una revisión con nota de cambio."
                : "La edición está en «" + edition.state().jsonName() + "»; esta acción no corresponde a ese estado.";
    }

    static void requireRole(Caller caller, Role role, String message) {
        if (!caller.signedIn()) {
            throw new NotSignedInException("Hace falta iniciar sesión.");
        }
        if (!caller.has(role) && !caller.isSystem()) {
            throw new AccessDeniedException(message);
        }
    }

    static String evidenceJson(List<EvidenceLink> links) {
        JsonArrayBuilder array = Jsonp.PROVIDER.createArrayBuilder();
        for (EvidenceLink l : links) {
            JsonObjectBuilder o = Jsonp.PROVIDER.createObjectBuilder();
            if (l.url() != null) {
                o.add("url", l.url());
            }
            if (l.label() != null) {
                o.add("label", l.label());
            }
            if (l.documentId() != null) {
                o.add("documentId", l.documentId());
            }
            if (l.retrievedAt() != null) {
                o.add("retrievedAt", l.retrievedAt().toString());
            }
            if (l.contentSha256() != null) {
                o.add("sha256", l.contentSha256());
            }
            array.add(o);
        }
        return array.build().toString();
    }

    static String abbreviate(List<String> ids) {
        List<String> sorted = ids.stream().sorted(Comparator.naturalOrder()).toList();
        return sorted.size() <= 8 ? String.join(", ", sorted) : String.join(", ", sorted.subList(0, 8)) + "…";
    }

    static AuditTrail.Subject subject(Edition e) {
        return new AuditTrail.Subject("edition", e.id(), e.id());
    }

    static AuditTrail.Subject answerSubject(Answer a) {
        return new AuditTrail.Subject("answer", a.editionId() + "/" + a.legislatureId() + "/" + a.variableId(), a.editionId());
    }

    static Map<String, Object> state(Edition e) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("state", e.state().jsonName());
        s.put("revision", e.revision());
        s.put("legislatures", e.legislatureIds());
        s.put("evaluationWindow", e.evaluationOpens().map(Object::toString).orElse("") + "/" + e.evaluationCloses().map(Object::toString).orElse(""));
        s.put("replyWindow", e.replyOpens().map(Object::toString).orElse("") + "/" + e.replyCloses().map(Object::toString).orElse(""));
        return s;
    }

    static Map<String, Object> state(Answer a) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("value", a.value());
        s.put("justification", a.justification());
        s.put("evidence", evidenceJson(a.evidence()));
        s.put("status", a.status().jsonName());
        s.put("version", a.version());
        return s;
    }

    String nameOf(long accountId) {
        return accounts.find(accountId).map(Account::name).orElse("#" + accountId);
    }

    Map<String, Object> assignmentState(Assignment a) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("legislature", a.legislatureId());
        s.put("evaluator", nameOf(a.evaluatorId()));
        s.put("reviewer", nameOf(a.reviewerId()));
        s.put("submittedAt", a.submittedAt().map(Object::toString).orElse(null));
        return s;
    }
}
