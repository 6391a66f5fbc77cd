package mx.parlamentoabierto.debate.application;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import mx.parlamentoabierto.debate.domain.Debate;
import mx.parlamentoabierto.debate.domain.DebateRepository;
import mx.parlamentoabierto.debate.domain.DebatesImported;
import mx.parlamentoabierto.debate.domain.Speech;
import mx.parlamentoabierto.debate.domain.SpeechRole;
import mx.parlamentoabierto.document.application.DocumentIngestion;
import mx.parlamentoabierto.document.domain.DocumentDescription;
import mx.parlamentoabierto.document.domain.DocumentType;
import mx.parlamentoabierto.identity.application.DataImportAccess;
import mx.parlamentoabierto.identity.domain.Caller;
import mx.parlamentoabierto.legislator.domain.LegislativeTerm;
import mx.parlamentoabierto.legislator.domain.LegislatorRepository;
import mx.parlamentoabierto.legislature.domain.LegislatureRepository;
import mx.parlamentoabierto.platform.InvalidInputException;
import mx.parlamentoabierto.platform.ResourceNotFoundException;
import mx.parlamentoabierto.platform.Sha256;
import mx.parlamentoabierto.platform.events.ApplicationEvents;
import mx.parlamentoabierto.platform.persistence.Database;
import mx.parlamentoabierto.platform.persistence.UnitOfWork;
import mx.parlamentoabierto.scrapers.spi.ScrapedDebate;
import mx.parlamentoabierto.scrapers.spi.ScrapedSpeech;
import mx.parlamentoabierto.scrapers.spi.SpeakerRole;
import mx.parlamentoabierto.vote.domain.Sitting;
import mx.parlamentoabierto.vote.domain.VoteEvent;
import mx.parlamentoabierto.vote.domain.VoteOption;
import mx.parlamentoabierto.vote.domain.VoteRepository;

/**
 * Stores a sitting's transcript as its debate: the page archived, the term and sitting found or created, every speech
 * attributed ({@link SpeakerAttribution}), every result the Secretaría announced tied to the roll call of the same
 * sitting with those totals, and the publication recorded as a source of the debate. The same sitting published twice
 * is one debate: a Diario de los Debates replaces the speeches of a versión estenográfica; a versión arriving after the
 * Diario is kept as a source only. The same page imported again changes nothing.
 */
@ApplicationScoped
public class DebateImport {

    /** What one transcript's import did. {@code status}: new, updated, unchanged or source-only. */
    public record Outcome(String status, String debateId, LocalDate date, String title, String sourceKind, int speeches, int words,
            int attributedWords, List<String> unmatchedSpeakers, int rollCallsLinked, Long documentId, String sourceUrl) {

        public double attributedShare() {
            return words == 0 ? 0 : (double) attributedWords / words;
        }
    }

    private Database database;
    private DebateRepository debates;
    private VoteRepository votes;
    private LegislatorRepository legislators;
    private LegislatureRepository legislatures;
    private DocumentIngestion documents;
    private ApplicationEvents events;
    private Clock clock;

    protected DebateImport() {
        // CDI proxy
    }

    @Inject
    public DebateImport(Database database, DebateRepository debates, VoteRepository votes, LegislatorRepository legislators,
            LegislatureRepository legislatures, DocumentIngestion documents, ApplicationEvents events, Clock clock) {
        this.database = database;
        this.debates = debates;
        this.votes = votes;
        this.legislators = legislators;
        this.legislatures = legislatures;
        this.documents = documents;
        this.events = events;
        this.clock = clock;
    }

    /** One transcript a scraper read, with the page's bytes to archive. */
    public Outcome importScraped(Caller caller, ScrapedDebate debate, byte[] page) {
        DataImportAccess.require(caller, debate.legislatureId());
        if (debate.term() == null || debate.term().isBlank()) {
            throw new InvalidInputException("term", "Falta el periodo legislativo (p. ej. LX).");
        }
        if (debate.date().isAfter(LocalDate.now(clock).plusDays(1))) {
            throw new InvalidInputException("date", "La fecha " + debate.date() + " está en el futuro.");
        }
        String sha = Sha256.hex(page);
        String sittingId = sittingId(debate);
        Optional<Outcome> unchanged;
        try (Database.Unit unit = database.open()) {
            if (legislatures.find(debate.legislatureId()).isEmpty()) {
                throw new ResourceNotFoundException("legislature", "No existe la legislatura '" + debate.legislatureId() + "'.");
            }
            unchanged = debates.debate(sittingId).filter(d -> debates.sourcesOf(d.id()).stream()
                    .anyMatch(s -> s.sourceKind().equals(debate.sourceKind()) && s.sha256().equals(sha))).map(d -> outcome("unchanged", d, List.of(), 0));
            unit.commit();
        }
        if (unchanged.isPresent()) {
            return unchanged.get();
        }
        Long documentId = documents.receive(new DocumentDescription(debate.legislatureId(),
                ScrapedDebate.DIARIO.equals(debate.sourceKind()) ? DocumentType.DIARIO_DEBATES : DocumentType.VERSION_ESTENOGRAFICA, debate.date(),
                cut(debate.title(), 500), cut(debate.sourceKind() + "-" + debate.dedupeKey(), 100), debate.provenance().sourceUrl().toString(),
                cut(debate.provenance().pageName(), 300)), new ByteArrayInputStream(page)).documentId();
        createReferences(debate, sittingId);
        for (int attempt = 1; ; attempt++) {
            try {
                return store(caller, debate, sittingId, sha, documentId);
            } catch (jakarta.persistence.PersistenceException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private Outcome store(Caller caller, ScrapedDebate scraped, String sittingId, String sha, Long documentId) {
        Instant now = clock.instant();
        String sourceUrl = scraped.provenance().sourceUrl().toString();
        try (Database.Unit unit = database.open()) { // one attempt: a conflict with a concurrent import is retried whole
            Optional<Debate> held = debates.debate(sittingId);
            if (held.isPresent() && Debate.precedence(held.get().sourceKind()) > Debate.precedence(scraped.sourceKind())) {
                debates.recordSource(sittingId, scraped.sourceKind(), sourceUrl, documentId, sha, scraped.provenance().retrievedAt());
                unit.commit();
                return outcome("source-only", held.get(), List.of(), 0);
            }
            SpeakerAttribution attribution = new SpeakerAttribution(legislators, scraped.legislatureId(), scraped.term(), scraped.date());
            List<VoteEvent> rollCalls = votes.eventsOfSitting(Sitting.idOf(scraped.legislatureId(), scraped.date(), Sitting.PLENARY));
            Set<String> linked = new HashSet<>();
            Set<String> unmatched = new LinkedHashSet<>();
            List<Speech> speeches = new ArrayList<>(scraped.speeches().size());
            int words = 0;
            int attributed = 0;
            for (ScrapedSpeech s : scraped.speeches()) {
                SpeakerAttribution.Speaker speaker = attribution.of(s);
                if (speaker.personId() == null && speaker.reason() != null && s.role() != SpeakerRole.GUEST) {
                    unmatched.add(s.speakerName() != null ? s.speakerName() : s.speakerLabel());
                }
                words += s.words();
                attributed += speaker.personId() == null ? 0 : s.words();
                ScrapedSpeech.AnnouncedVotes announced = s.announcedVotes();
                String voteEventId = announced == null ? null : rollCallOf(rollCalls, announced, linked);
                speeches.add(new Speech(sittingId, s.position(), scraped.legislatureId(), scraped.term(), scraped.date(), SpeechRole.valueOf(s.role().name()),
                        s.speakerLabel(),
                        s.speakerName(), s.nameCarried(), speaker.personId(), speaker.method(), speaker.reason(), speaker.groupId(), s.guestTitle(),
                        s.fromSeat(), s.timeMark(), s.heading(), s.headingCategory(), s.words(), s.text(), s.stageDirections(),
                        announced == null ? null : announced.yes(), announced == null ? null : announced.no(),
                        announced == null ? null : announced.abstain(), voteEventId));
            }
            Debate debate = held.orElseGet(() -> {
                Debate created = new Debate(sittingId, scraped.legislatureId(), scraped.term(), scraped.date());
                debates.add(created);
                return created;
            });
            debate.record(scraped.title(), scraped.sittingKind(), scraped.sourceKind(), sourceUrl, scraped.provenance().retrievedAt(), documentId,
                    sha, speeches.size(), words, attributed, scraped.notes(), now);
            database.flush(); // the debate row the speeches reference
            debates.replaceSpeeches(sittingId, speeches);
            debates.recordSource(sittingId, scraped.sourceKind(), sourceUrl, documentId, sha, scraped.provenance().retrievedAt());
            events.publish(new DebatesImported(scraped.legislatureId(), sittingId));
            unit.commit();
            return outcome(held.isPresent() ? "updated" : "new", debate, List.copyOf(unmatched), linked.size());
        }
    }

    /**
     * Looks again for the person of every speech whose printed name found none (a roster imported after the transcripts);
     * answers how many speeches found their speaker. The debates' counts move and the search index follows.
     */
    @UnitOfWork
    public int reattribute(Caller caller, String legislatureId) {
        DataImportAccess.require(caller, legislatureId);
        Instant now = clock.instant();
        int found = 0;
        Set<String> changed = new LinkedHashSet<>();
        java.util.Map<String, SpeakerAttribution> byDebate = new java.util.HashMap<>();
        for (Speech s : debates.unattributed(legislatureId)) {
            SpeakerAttribution attribution = byDebate.computeIfAbsent(s.debateId(),
                    d -> new SpeakerAttribution(legislators, legislatureId, s.termId(), s.date()));
            SpeakerAttribution.Speaker speaker = attribution.byName(s.speakerName());
            if (speaker.personId() != null) {
                debates.attribute(s.debateId(), s.position(), speaker.personId(), speaker.method(), speaker.groupId());
                changed.add(s.debateId());
                found++;
            }
        }
        changed.forEach(id -> {
            debates.recount(id, now);
            events.publish(new DebatesImported(legislatureId, id));
        });
        return found;
    }

    /** The sitting's roll call whose totals are those announced (the first not yet tied, when two have the same). */
    private static String rollCallOf(List<VoteEvent> rollCalls, ScrapedSpeech.AnnouncedVotes announced, Set<String> linked) {
        for (VoteEvent event : rollCalls) {
            if (!linked.contains(event.id()) && event.tally().of(VoteOption.YES) == announced.yes() && event.tally().of(VoteOption.NO) == announced.no()) {
                linked.add(event.id());
                return event.id();
            }
        }
        return null;
    }

    /** The term and the sitting, in a short unit of work of their own (pages of the same day imported at once contend only here). */
    private void createReferences(ScrapedDebate debate, String sittingId) {
        for (int attempt = 1; ; attempt++) {
            try {
                try (Database.Unit unit = database.open()) {
                    if (legislators.term(debate.legislatureId(), debate.term()).isEmpty()) {
                        legislators.add(new LegislativeTerm(debate.legislatureId(), debate.term(), debate.term() + " Legislatura", null, null, null));
                    }
                    if (votes.sitting(sittingId).isEmpty()) {
                        votes.addSitting(Sitting.of(debate.legislatureId(), debate.term(), debate.date(), classification(debate.sittingKind())));
                    }
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

    /** A joint sitting (Congreso General) or the Comisión Permanente is a sitting of its own; every other is the chamber's plenary. */
    static String classification(String sittingKind) {
        return switch (sittingKind) {
            case "congreso-general" -> Sitting.JOINT;
            case "permanente" -> Sitting.PERMANENT;
            default -> Sitting.PLENARY;
        };
    }

    static String sittingId(ScrapedDebate debate) {
        return Sitting.idOf(debate.legislatureId(), debate.date(), classification(debate.sittingKind()));
    }

    private static Outcome outcome(String status, Debate d, List<String> unmatched, int rollCallsLinked) {
        return new Outcome(status, d.id(), d.date(), d.title(), d.sourceKind(), d.speeches(), d.words(), d.attributedWords(), unmatched,
                rollCallsLinked, d.sourceDocumentId(), d.sourceUrl());
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
