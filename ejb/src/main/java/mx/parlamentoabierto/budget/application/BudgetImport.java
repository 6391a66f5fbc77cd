package mx.parlamentoabierto.budget.application;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import mx.parlamentoabierto.audit.application.AuditTrail;
import mx.parlamentoabierto.budget.domain.BudgetBody;
import mx.parlamentoabierto.budget.domain.BudgetFile;
import mx.parlamentoabierto.budget.domain.BudgetImported;
import mx.parlamentoabierto.budget.domain.BudgetRepository;
import mx.parlamentoabierto.budget.domain.BudgetSource;
import mx.parlamentoabierto.document.application.DocumentIngestion;
import mx.parlamentoabierto.document.application.SpreadsheetReader;
import mx.parlamentoabierto.document.domain.DocumentDescription;
import mx.parlamentoabierto.document.domain.DocumentType;
import mx.parlamentoabierto.identity.application.Accounts;
import mx.parlamentoabierto.identity.application.DataImportAccess;
import mx.parlamentoabierto.identity.domain.Caller;
import mx.parlamentoabierto.identity.domain.Role;
import mx.parlamentoabierto.legislature.domain.Legislature;
import mx.parlamentoabierto.legislature.domain.LegislatureRepository;
import mx.parlamentoabierto.platform.AccessDeniedException;
import mx.parlamentoabierto.platform.InvalidInputException;
import mx.parlamentoabierto.platform.TemporaryFile;
import mx.parlamentoabierto.platform.ResourceNotFoundException;
import mx.parlamentoabierto.platform.Sha256;
import mx.parlamentoabierto.platform.events.ApplicationEvents;
import mx.parlamentoabierto.platform.json.InvalidDataFileException;
import mx.parlamentoabierto.platform.persistence.Database;

/**
 * Imports one budget file: a Cuenta Pública spreadsheet (XLS/XLSX, read by the worker processes) or the CSV template of
 * one legislature. The whole file is read and every sum checked before anything is written; then, in one transaction,
 * its bodies are recorded and the lines of every body × year it covers are replaced by the file's. The file itself is
 * archived as a document of type {@code presupuesto}. The same file imported again changes nothing.
 */
@ApplicationScoped
public class BudgetImport {

    /** The federal account is archived with the chamber that receives and reviews it (Constitution, art. 74 fr. VI). */
    static final String FEDERAL_ARCHIVE = "diputados";

    private Database database;
    private BudgetRepository budgets;
    private LegislatureRepository legislatures;
    private SpreadsheetReader spreadsheets;
    private DocumentIngestion documents;
    private AuditTrail audit;
    private ApplicationEvents events;
    private Clock clock;

    protected BudgetImport() {
        // CDI proxy
    }

    @Inject
    public BudgetImport(Database database, BudgetRepository budgets, LegislatureRepository legislatures, SpreadsheetReader spreadsheets,
            DocumentIngestion documents, AuditTrail audit, ApplicationEvents events, Clock clock) {
        this.database = database;
        this.budgets = budgets;
        this.legislatures = legislatures;
        this.spreadsheets = spreadsheets;
        this.documents = documents;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** What an import did. {@code status}: created (new years), replaced (years imported before), or unchanged. */
    public record Summary(String file, String format, String status, List<Integer> years, List<String> bodies, int lines, int replacedLines,
            Long documentId, String description) {
    }


    /**
     * @param legislatureId for a CSV, the legislature it belongs to (required); for a Cuenta Pública file, only that
     *                      legislature's lines are taken (the whole file is still checked)
     */
    public Summary importFile(Caller caller, String fileName, byte[] content, String legislatureId) {
        if (!caller.isSystem()) {
            // refused before the file is read: only the administration and legislatures' staff import budgets
            Accounts.requireSignedIn(caller);
            if (!caller.has(Role.ADMIN) && !caller.has(Role.STAFF)) {
                throw new AccessDeniedException("Solo la administración o el personal de una legislatura cargan presupuestos.");
            }
            if (!caller.has(Role.ADMIN) && (legislatureId == null || legislatureId.isBlank())) {
                throw new AccessDeniedException("El personal de una legislatura carga solo el presupuesto de la suya: indíquela (--legislature <id>).");
            }
        }
        String name = fileName == null || fileName.isBlank() ? "presupuesto" : fileName.strip();
        Optional<Legislature> legislature = Optional.empty();
        if (legislatureId != null && !legislatureId.isBlank()) {
            try (Database.Unit unit = database.open()) {
                legislature = legislatures.find(legislatureId.strip());
                unit.commit();
            }
            if (legislature.isEmpty()) {
                throw new ResourceNotFoundException("legislature", "No existe la legislatura '" + legislatureId + "'");
            }
            DataImportAccess.require(caller, legislature.get().id());
        }
        if (content.length == 0) {
            throw new InvalidInputException("file", name + ": el archivo está vacío");
        }
        BudgetFile read;
        if (isSpreadsheet(content)) {
            read = CuentaPublicaLayout.read(name, cells(name, content));
            if (legislature.isPresent()) {
                String only = legislature.get().id();
                if (!read.bodies().containsKey(only)) {
                    throw new InvalidInputException("legislature", name + ": el archivo no tiene cifras de '" + only + "' (tiene "
                            + String.join(", ", read.bodies().keySet()) + ")");
                }
                read = new BudgetFile(read.format(), read.description(), Map.of(only, read.bodies().get(only)),
                        read.figures().stream().filter(f -> f.bodyId().equals(only)).toList(), read.unpublished());
            }
        } else {
            Legislature owner = legislature.orElseThrow(() -> new InvalidInputException("legislature", name
                    + ": un CSV de presupuesto es de una legislatura: indíquela (--legislature <id>)"));
            read = BudgetCsv.read(name, content, new BudgetFile.Body(owner.id(), owner.name(), owner.id()));
        }
        BudgetFile file = read;
        authorize(caller, file);
        if (file.figures().isEmpty()) {
            throw new InvalidDataFileException(name, "$", "el archivo no tiene ningún importe distinto de cero");
        }
        String sha256 = Sha256.hex(content);
        Optional<Summary> unchanged = unchanged(name, sha256, file);
        if (unchanged.isPresent()) {
            return unchanged.get();
        }
        Long documentId = archive(name, content, file, legislature.map(Legislature::id).orElse(null));
        Summary summary;
        try (Database.Unit unit = database.open()) { // the archived file is committed first, whatever becomes of its lines
            summary = store(caller, name, sha256, file, documentId);
            unit.commit();
        }
        events.publish(new BudgetImported(summary.years()));
        return summary;
    }

    /** XLS (OLE2) and XLSX (zip) by their first bytes; anything else is read as CSV text. */
    static boolean isSpreadsheet(byte[] content) {
        boolean ole2 = content.length >= 8 && (content[0] & 0xff) == 0xD0 && (content[1] & 0xff) == 0xCF && (content[2] & 0xff) == 0x11
                && (content[3] & 0xff) == 0xE0;
        boolean zip = content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
        return ole2 || zip;
    }

    private mx.parlamentoabierto.document.application.Spreadsheet cells(String name, byte[] content) {
        try {
            return TemporaryFile.read(content, "presupuesto-", spreadsheets::read);
        } catch (SpreadsheetReader.UnreadableException e) {
            throw new InvalidDataFileException(name, "$", e.getMessage());
        }
    }

    /** Each legislature's figures by the administration or its staff; bodies that are not legislatures by the administration. */
    private static void authorize(Caller caller, BudgetFile file) {
        for (BudgetFile.Body body : file.bodies().values()) {
            if (body.legislatureId() != null) {
                DataImportAccess.require(caller, body.legislatureId());
            } else if (!caller.isSystem() && !caller.has(Role.ADMIN)) {
                throw new AccessDeniedException("Solo la administración carga el presupuesto de '" + body.name()
                        + "'; el personal de una legislatura puede cargar solo el de la suya (--legislature)");
            }
        }
    }

    /** This exact file was imported before and its lines are still the current ones: nothing to do. */
    private Optional<Summary> unchanged(String name, String sha256, BudgetFile file) {
        try (Database.Unit unit = database.open()) {
            Optional<Summary> same = budgets.sourceBySha256(sha256).filter(s -> budgets.bodyYearsOf(s.id()).containsAll(file.bodyYears()))
                    .map(s -> new Summary(name, file.format(), "unchanged", List.copyOf(file.years()), List.copyOf(file.bodies().keySet()),
                            file.figures().size(), 0, s.documentId(), file.description()));
            unit.commit();
            return same;
        }
    }

    private Long archive(String name, byte[] content, BudgetFile file, String legislatureId) {
        String owner = legislatureId != null ? legislatureId
                : file.bodies().values().stream().map(BudgetFile.Body::legislatureId).filter(java.util.Objects::nonNull).findFirst()
                        .filter(id -> !file.format().equals(BudgetFile.CUENTA_PUBLICA)).orElse(FEDERAL_ARCHIVE);
        int lastYear = file.years().stream().mapToInt(Integer::intValue).max().orElseThrow();
        String stored = name.length() > 300 ? name.substring(name.length() - 300) : name;
        String title = file.description().length() > 500 ? file.description().substring(0, 500) : file.description();
        return documents.receive(new DocumentDescription(owner, DocumentType.PRESUPUESTO, LocalDate.of(lastYear, 12, 31), title,
                ("presupuesto-" + lastYear + "-" + Sha256.hex(content).substring(0, 12)), null, stored), new ByteArrayInputStream(content))
                .documentId();
    }

    private Summary store(Caller caller, String name, String sha256, BudgetFile file, Long documentId) {
        for (BudgetFile.Body body : file.bodies().values()) {
            Optional<BudgetBody> known = budgets.body(body.id());
            if (known.isEmpty()) {
                budgets.addBody(new BudgetBody(body.id(), body.name(), body.legislatureId()));
            }
        }
        BudgetSource source = new BudgetSource(name.length() > 300 ? name.substring(name.length() - 300) : name, sha256, file.format(),
                file.description().length() > 500 ? file.description().substring(0, 500) : file.description(), documentId, clock.instant(),
                caller.auditName(), file.unpublished());
        budgets.addSource(source);
        int replaced = 0;
        for (String pair : file.bodyYears()) {
            String[] parts = pair.split("\\|");
            replaced += budgets.deleteLines(parts[0], Integer.parseInt(parts[1]));
        }
        budgets.addLines(source.id(), file.figures());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("file", name);
        after.put("sha256", sha256);
        after.put("format", file.format());
        after.put("years", new ArrayList<>(file.years()));
        after.put("bodies", new ArrayList<>(file.bodies().keySet()));
        after.put("lines", file.figures().size());
        after.put("replaced_lines", replaced);
        audit.record(caller, "budget.imported", new AuditTrail.Subject("budget_source", String.valueOf(source.id()), null), null, after);
        return new Summary(name, file.format(), replaced > 0 ? "replaced" : "created", List.copyOf(file.years()),
                List.copyOf(file.bodies().keySet()), file.figures().size(), replaced, documentId, file.description());
    }

    /** The figures a file would give, read and checked but not stored (for tests and a dry run). */
    public BudgetFile read(String fileName, byte[] content, BudgetFile.Body csvBody) {
        return isSpreadsheet(content) ? CuentaPublicaLayout.read(fileName, cells(fileName, content)) : BudgetCsv.read(fileName, content, csvBody);
    }
}
