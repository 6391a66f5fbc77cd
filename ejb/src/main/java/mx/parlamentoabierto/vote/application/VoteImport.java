package mx.parlamentoabierto.vote.application;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import mx.parlamentoabierto.document.application.DocumentIngestion;
import mx.parlamentoabierto.document.domain.DocumentDescription;
import mx.parlamentoabierto.document.domain.DocumentType;
import mx.parlamentoabierto.identity.application.DataImportAccess;
import mx.parlamentoabierto.identity.domain.Caller;
import mx.parlamentoabierto.legislator.application.VoterMatcher;
import mx.parlamentoabierto.legislator.domain.LegislativeTerm;
import mx.parlamentoabierto.legislator.domain.LegislatorRepository;
import mx.parlamentoabierto.legislature.domain.LegislatureRepository;
import mx.parlamentoabierto.platform.InvalidInputException;
import mx.parlamentoabierto.platform.ResourceNotFoundException;
import mx.parlamentoabierto.platform.Sha256;
import mx.parlamentoabierto.platform.csv.CsvTable;
import mx.parlamentoabierto.platform.events.ApplicationEvents;
import mx.parlamentoabierto.platform.persistence.Database;
import mx.parlamentoabierto.platform.persistence.UnitOfWork;
import mx.parlamentoabierto.scrapers.spi.DeclaredCount;
import mx.parlamentoabierto.scrapers.spi.ScrapedVote;
import mx.parlamentoabierto.scrapers.spi.ScrapedVoteEvent;
import mx.parlamentoabierto.vote.domain.DeclaredTotal;
import mx.parlamentoabierto.vote.domain.RollCallsImported;
import mx.parlamentoabierto.vote.domain.Sitting;
import mx.parlamentoabierto.vote.domain.Tally;
import mx.parlamentoabierto.vote.domain.VoteEvent;
import mx.parlamentoabierto.vote.domain.VoteLine;
import mx.parlamentoabierto.vote.domain.VoteOption;
import mx.parlamentoabierto.vote.domain.VoteRepository;

/**
 * Stores roll calls: a scraped page ({@link #importScraped}) or a CSV file of votes ({@link #importCsv}). Each vote
 * event gets its term (created when first seen; a date outside a term's known dates is refused), its sitting, its
 * groups (found among the legislature's organizations by id or name, created when missing), every voter matched to a
 * person ({@link VoterMatcher}) or kept with the printed name, the printed totals and whether they agree, and its
 * provenance: the source address, the retrieval time and the archived page. The same input imported again changes
 * nothing (a hash of what was read is kept).
 */
@jakarta.enterprise.context.ApplicationScoped
public class VoteImport {

    /** CSV columns; see docs/votes.md. */
    static final Set<String> CSV_REQUIRED = Set.of("vote_event", "date", "title", "term", "voter_name", "option", "source_url");
    static final Set<String> CSV_OPTIONAL = Set.of("person_id", "voter_id", "group", "raw_option", "line", "period", "result");
    public static final int CSV_MAX_ROWS = 200_000;

    /** What one roll call's import did. */
    public record Outcome(String status, String voteEventId, LocalDate date, String title, int votes, int matched, int unmatched,
            List<String> unmatchedNames, boolean countsAgree, List<String> countProblems, List<String> notes, Long documentId,
            String sourceUrl) {
    }

    /** What one CSV file's import did. */
    public record CsvSummary(String file, int rows, Long documentId, List<Outcome> events) {
    }

    /** A voter's line before matching, from any source. */
    record Line(int line, String name, String sourceVoterId, String personId, VoteOption option, String rawOption, String group) {
    }

    /** A roll call before storing, from any source. */
    record Input(String legislatureId, String term, String identifier, LocalDate date, String title, String period, String result,
            String sourceUrl, Instant retrievedAt, List<Line> lines, List<DeclaredTotal> totals, Map<String, String> groupNames,
            List<String> countProblems, List<String> notes) {
    }

    private Database database;
    private VoteRepository votes;
    private LegislatorRepository legislators;
    private LegislatureRepository legislatures;
    private DocumentIngestion documents;
    private ApplicationEvents events;
    private Clock clock;
    private VoteCsvReader csvReader;
    private RollCallReferences references;

    protected VoteImport() {
        // CDI proxy
    }

    @jakarta.inject.Inject
    public VoteImport(Database database, VoteRepository votes, LegislatorRepository legislators, LegislatureRepository legislatures,
            DocumentIngestion documents, ApplicationEvents events, Clock clock) {
        this.database = database;
        this.votes = votes;
        this.legislators = legislators;
        this.legislatures = legislatures;
        this.documents = documents;
        this.events = events;
        this.clock = clock;
        this.csvReader = new VoteCsvReader(legislators, clock);
        this.references = new RollCallReferences(legislators);
    }

    /** One page a scraper read, with the page's bytes to archive. */
    public Outcome importScraped(Caller caller, ScrapedVoteEvent event, byte[] page) {
        DataImportAccess.require(caller, event.legislatureId());
        requireLegislature(event.legislatureId());
        List<Line> lines = new ArrayList<>(event.votes().size());
        for (ScrapedVote v : event.votes()) {
            lines.add(new Line(v.position(), v.name(), v.sourceVoterId(), null, VoteOption.fromPopolo(v.option()).orElseThrow(), v.rawOption(),
                    v.group()));
        }
        List<DeclaredTotal> totals = new ArrayList<>();
        for (DeclaredCount c : event.declaredCounts()) {
            totals.add(new DeclaredTotal(c.group() == null ? "" : c.group(), c.label(),
                    c.options().stream().map(o -> VoteOption.fromPopolo(o).orElseThrow()).collect(java.util.stream.Collectors.toSet()), c.value()));
        }
        Input input = new Input(event.legislatureId(), event.term(), event.identifier(), event.date(), event.title(), event.period(), null,
                event.provenance().sourceUrl().toString(), event.provenance().retrievedAt(), lines, totals, event.groupNames(),
                event.countProblems(), event.notes());
        Optional<Outcome> unchanged = unchanged(input);
        if (unchanged.isPresent()) {
            return unchanged.get();
        }
        checkDate(input); // a page refused for its date is not archived either
        Long documentId = archive(input, event.provenance().pageName(), page);
        return store(caller, input, documentId);
    }

    /**
     * A CSV file of votes, one row per voter per vote event (columns in docs/votes.md). The whole file is checked
     * first; a problem names the line and column and nothing is written.
     */
    public CsvSummary importCsv(Caller caller, String legislatureId, String fileName, InputStream content) {
        DataImportAccess.require(caller, legislatureId);
        requireLegislature(legislatureId);
        byte[] bytes;
        try {
            bytes = content.readAllBytes();
        } catch (java.io.IOException e) {
            throw new InvalidInputException("file", "No se pudo leer el archivo: " + e.getMessage());
        }
        CsvTable table = CsvTable.read(fileName, new ByteArrayInputStream(bytes), CSV_REQUIRED, CSV_OPTIONAL, CSV_MAX_ROWS);
        if (table.rows().isEmpty()) {
            throw new InvalidInputException("file", fileName + ": no tiene ninguna fila de votos");
        }
        Map<String, List<CsvTable.Row>> byEvent = new LinkedHashMap<>();
        for (CsvTable.Row row : table.rows()) {
            byEvent.computeIfAbsent(row.get("term").orElse("") + "|" + row.get("vote_event").orElse(""), k -> new ArrayList<>()).add(row);
        }
        List<Input> inputs = new ArrayList<>();
        try (Database.Unit unit = database.open()) { // the persons the rows name are looked up as they are read
            for (List<CsvTable.Row> rows : byEvent.values()) {
                inputs.add(csvReader.event(table, legislatureId, rows));
            }
            unit.commit();
        }
        inputs.forEach(this::checkDate); // every vote event's date before any is stored: the file is refused whole
        Long documentId = null;
        List<Outcome> outcomes = new ArrayList<>();
        for (Input input : inputs) {
            Optional<Outcome> unchanged = unchanged(input);
            if (unchanged.isPresent()) {
                outcomes.add(unchanged.get());
                continue;
            }
            if (documentId == null) {
                documentId = documents.receive(new DocumentDescription(legislatureId, DocumentType.VOTACION, null,
                        truncate("Votaciones nominales importadas de " + fileName, 500), null, null, fileName), new ByteArrayInputStream(bytes))
                        .documentId();
            }
            outcomes.add(store(caller, input, documentId));
        }
        return new CsvSummary(fileName, table.rows().size(), documentId, outcomes);
    }

    /**
     * Matches again every vote of the legislature that matched no person (after a Popolo import brought the missing
     * legislators); answers how many votes found their person. Stored events keep their import hash: the same page
     * imported again is still unchanged.
     */
    @UnitOfWork
    public int rematch(Caller caller, String legislatureId) {
        DataImportAccess.require(caller, legislatureId);
        int matched = 0;
        Map<String, VoterMatcher> matchers = new HashMap<>();
        for (VoteRepository.UnmatchedVote vote : votes.unmatchedVotes(legislatureId)) {
            VoterMatcher matcher = matchers.computeIfAbsent(String.valueOf(vote.termId()),
                    t -> new VoterMatcher(legislators.voterCandidates(legislatureId, vote.termId()), vote.termId()));
            VoterMatcher.Match match = matcher.match(vote.voterSourceId(), vote.voterName());
            if (match != null) {
                matched += votes.assignPerson(legislatureId, vote, match.personId(), match.method());
            }
        }
        events.publish(new RollCallsImported(legislatureId));
        return matched;
    }

    private void requireLegislature(String legislatureId) {
        try (Database.Unit unit = database.open()) {
            if (legislatures.find(legislatureId).isEmpty()) {
                throw new ResourceNotFoundException("legislature", "No existe la legislatura '" + legislatureId + "'.");
            }
            unit.commit();
        }
    }

    /** The stored outcome when this exact input was imported before: nothing is written. */
    private Optional<Outcome> unchanged(Input input) {
        String id = VoteEvent.idOf(input.legislatureId(), input.term(), input.identifier());
        String hash = hash(input);
        try (Database.Unit unit = database.open()) {
            Optional<Outcome> stored = votes.event(id).filter(e -> e.contentSha256().equals(hash)).map(e -> {
                Tally tally = e.tally();
                return new Outcome("unchanged", e.id(), e.date(), e.title(), tally.total(), tally.total() - tally.unmatched(), tally.unmatched(),
                        List.of(), e.countsAgree(), e.countProblems(), e.notes(), e.sourceDocumentId(), e.sourceUrl());
            });
            unit.commit();
            return stored;
        }
    }

    private Long archive(Input input, String pageName, byte[] page) {
        String name = pageName == null || pageName.isBlank() ? "votacion-" + input.identifier() + ".html" : pageName;
        return documents.receive(new DocumentDescription(input.legislatureId(), DocumentType.VOTACION, input.date(),
                truncate("Votación nominal: " + input.title(), 500), truncate("votacion-" + input.term() + "-" + input.identifier(), 100),
                input.sourceUrl(), name.length() > 300 ? name.substring(name.length() - 300) : name), new ByteArrayInputStream(page)).documentId();
    }

    /**
     * Stores one roll call. Two pages of the same day imported at once both create the day's sitting (or a new group):
     * the loser's transaction fails on the unique key and is run again, when it finds the winner's row.
     */
    private Outcome store(Caller caller, Input input, Long documentId) {
        createReferences(input);
        for (int attempt = 1; ; attempt++) {
            try {
                Outcome stored = storeOnce(caller, input, documentId);
                events.publish(new RollCallsImported(input.legislatureId()));
                return stored;
            } catch (jakarta.persistence.PersistenceException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /**
     * The term, the day's sitting and the groups a roll call needs, created in a short unit of work of their own: pages of
     * the same day imported at once then contend only for these few rows, not for the whole roll call's matching and
     * writing (which held the new groups' rows locked long enough for the other pages' retries to run out).
     */
    private void createReferences(Input input) {
        Instant now = clock.instant();
        for (int attempt = 1; ; attempt++) {
            try {
                try (Database.Unit unit = database.open()) {
                    LegislativeTerm term = references.term(input);
                    String sittingId = Sitting.idOf(input.legislatureId(), input.date(), Sitting.PLENARY);
                    if (votes.sitting(sittingId).isEmpty()) {
                        votes.addSitting(Sitting.plenary(input.legislatureId(), term.id(), input.date()));
                    }
                    references.groups(input.legislatureId(), input.groupNames(), now);
                    unit.commit();
                }
                return;
            } catch (jakarta.persistence.PersistenceException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    private Outcome storeOnce(Caller caller, Input input, Long documentId) {
        Instant now = clock.instant();
        try (Database.Unit unit = database.open()) {
            LegislativeTerm term = references.term(input);
            String sittingId = Sitting.idOf(input.legislatureId(), input.date(), Sitting.PLENARY);
            if (votes.sitting(sittingId).isEmpty()) {
                votes.addSitting(Sitting.plenary(input.legislatureId(), term.id(), input.date()));
            }
            Map<String, String> groupIds = references.groups(input.legislatureId(), input.groupNames(), now);
            VoterMatcher matcher = new VoterMatcher(legislators.voterCandidates(input.legislatureId(), term.id()), term.id());
            List<VoteLine> lines = new ArrayList<>(input.lines().size());
            List<String> unmatchedNames = new ArrayList<>();
            List<VoteOption> options = new ArrayList<>();
            for (Line l : input.lines()) {
                String personId = l.personId();
                String method = personId == null ? null : "id";
                if (personId == null) {
                    VoterMatcher.Match match = matcher.match(l.sourceVoterId(), l.name());
                    if (match != null) {
                        personId = match.personId();
                        method = match.method();
                    } else {
                        unmatchedNames.add(l.name());
                    }
                }
                options.add(l.option());
                lines.add(new VoteLine(null, l.line(), personId, truncate(l.name(), 300), l.sourceVoterId(), l.option(),
                        l.rawOption() == null ? null : truncate(l.rawOption(), 100), l.group() == null ? null : groupIds.get(l.group()), null, method));
            }
            Tally tally = Tally.of(options, unmatchedNames.size());
            String id = VoteEvent.idOf(input.legislatureId(), term.id(), input.identifier());
            Optional<VoteEvent> held = votes.event(id);
            VoteEvent event = held.orElseGet(() -> new VoteEvent(input.legislatureId(), term.id(), input.identifier()));
            event.record(sittingId, input.date(), truncate(input.title(), 2000), input.period() == null ? null : truncate(input.period(), 300),
                    input.result(), input.sourceUrl(), input.retrievedAt(), documentId, hash(input), input.countProblems(), input.notes(), tally,
                    caller.auditName(), now);
            if (held.isEmpty()) {
                votes.addEvent(event);
            }
            votes.replaceVotes(id, lines);
            votes.replaceTotals(id, input.totals());
            Outcome stored = new Outcome(held.isEmpty() ? "imported" : "updated", id, input.date(), event.title(), lines.size(),
                    lines.size() - unmatchedNames.size(), unmatchedNames.size(), unmatchedNames.stream().limit(50).toList(),
                    input.countProblems().isEmpty(), input.countProblems(), input.notes(), documentId, input.sourceUrl());
            unit.commit();
            return stored;
        }
    }

    /** The date inside the term's known dates and not in the future (the term may not exist yet: it is created then). */
    private void checkDate(Input input) {
        if (input.date().isAfter(LocalDate.now(clock).plusDays(1))) {
            throw new InvalidInputException("date", "La fecha " + input.date() + " está en el futuro.");
        }
        try (Database.Unit unit = database.open()) {
            legislators.term(input.legislatureId(), input.term()).ifPresent(term -> RollCallReferences.requireInside(term, input));
            unit.commit();
        }
    }

    /** What was read, independent of when: re-reading the same page gives the same hash. */
    static String hash(Input input) {
        StringBuilder s = new StringBuilder();
        s.append(input.term()).append('|').append(input.identifier()).append('|').append(input.date()).append('|').append(input.title())
                .append('|').append(input.period()).append('|').append(input.result()).append('|').append(input.sourceUrl()).append('\n');
        for (Line l : input.lines()) {
            s.append(l.line()).append('|').append(l.name()).append('|').append(l.sourceVoterId()).append('|').append(l.personId()).append('|')
                    .append(l.option()).append('|').append(l.rawOption()).append('|').append(l.group()).append('\n');
        }
        for (DeclaredTotal t : input.totals()) {
            s.append(t.groupKey()).append('|').append(t.label()).append('|').append(t.declared()).append('\n');
        }
        input.groupNames().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> s.append(e.getKey()).append('=').append(e.getValue()));
        s.append(String.join("\n", input.countProblems())).append(String.join("\n", input.notes()));
        return Sha256.hex(s.toString());
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
