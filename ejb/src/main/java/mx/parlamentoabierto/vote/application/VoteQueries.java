package mx.parlamentoabierto.vote.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import mx.parlamentoabierto.document.application.DocumentCatalog;
import mx.parlamentoabierto.document.domain.DocumentSummary;
import mx.parlamentoabierto.legislator.application.LegislatorDirectory;
import mx.parlamentoabierto.platform.ResourceNotFoundException;
import mx.parlamentoabierto.platform.persistence.UnitOfWork;
import mx.parlamentoabierto.vote.domain.DeclaredTotal;
import mx.parlamentoabierto.vote.domain.Sitting;
import mx.parlamentoabierto.vote.domain.Tally;
import mx.parlamentoabierto.vote.domain.VoteEvent;
import mx.parlamentoabierto.vote.domain.VoteLine;
import mx.parlamentoabierto.vote.domain.VoteOption;
import mx.parlamentoabierto.vote.domain.VoteRepository;

/** What the vote pages and API read: vote events, one event with its votes and counts by group, a person's record, sittings. */
@jakarta.enterprise.context.ApplicationScoped
public class VoteQueries {

    /** One vote event with every vote, the tallies by group, the printed totals and the documents of its date. */
    public record EventDetail(VoteEvent event, List<VoteLine> votes, Map<String, GroupTally> byGroup, List<DeclaredTotal> totals,
            List<DocumentSummary> documents, mx.parlamentoabierto.vote.domain.VoteOutcome outcome, mx.parlamentoabierto.vote.domain.Dissent dissent) {
    }

    /** A group's votes in one event ({@code groupId} null for voters with no group). */
    public record GroupTally(String groupId, String groupName, Tally tally) {
    }

    /** How a person voted in all: tallies, attendance, and the share of roll calls missed without excuse. */
    public record Record(Tally tally, int rollCalls, int present, int absent, int excused, double attendanceRate) {
        public static Record of(Tally tally) {
            int total = tally.total();
            return new Record(tally, total, tally.present(), tally.of(VoteOption.ABSENT), tally.of(VoteOption.EXCUSED),
                    total == 0 ? 0 : tally.present() / (double) total);
        }
    }

    /** A sitting with its roll calls and the archive's documents of that date. */
    public record SittingDetail(Sitting sitting, List<VoteEvent> events, List<DocumentSummary> documents) {
    }

    private VoteRepository votes;
    private DocumentCatalog documents;
    private MajorityRules majorities;

    protected VoteQueries() {
        // CDI proxy
    }

    @jakarta.inject.Inject
    public VoteQueries(VoteRepository votes, DocumentCatalog documents, MajorityRules majorities) {
        this.votes = votes;
        this.documents = documents;
        this.majorities = majorities;
    }

    /** The roll call each of these archived documents is the source page of (search results open the vote page instead). */
    @UnitOfWork
    public Map<Long, String> eventsArchivedAs(java.util.Collection<Long> documentIds) {
        return votes.eventsArchivedAs(documentIds);
    }

    /** Whether the roll call passed: declared by its source, or computed with the configured majority. */
    public mx.parlamentoabierto.vote.domain.VoteOutcome outcomeOf(VoteEvent event) {
        return majorities.outcomeOf(event);
    }

    @UnitOfWork
    public VoteRepository.Page<VoteEvent> events(String legislatureId, String termId, LocalDate from, LocalDate to, String words, int offset,
            int limit) {
        return votes.events(new VoteRepository.EventQuery(legislatureId, termId, from, to,
                LegislatorDirectory.words(words), offset, limit));
    }

    @UnitOfWork
    public EventDetail event(String id) {
        VoteEvent event = votes.event(id).orElseThrow(() -> new ResourceNotFoundException("id", "No existe la votación '" + id + "'."));
        List<VoteLine> lines = votes.votesOf(id);
        Map<String, List<VoteLine>> grouped = new LinkedHashMap<>();
        for (VoteLine line : lines) {
            grouped.computeIfAbsent(line.groupId() == null ? "" : line.groupId(), k -> new ArrayList<>()).add(line);
        }
        Map<String, GroupTally> byGroup = new LinkedHashMap<>();
        grouped.forEach((group, groupLines) -> byGroup.put(group, new GroupTally(group.isEmpty() ? null : group,
                groupLines.get(0).groupName(), Tally.of(groupLines.stream().map(VoteLine::option).toList(),
                        (int) groupLines.stream().filter(l -> l.personId() == null).count()))));
        return new EventDetail(event, lines, byGroup, votes.totalsOf(id),
                documents.between(event.legislatureId(), event.date(), event.date(), 50), majorities.outcomeOf(event),
                mx.parlamentoabierto.vote.domain.Dissent.of(lines));
    }

    @UnitOfWork
    public VoteRepository.Page<VoteRepository.PersonVote> votesOf(String personId, Optional<VoteOption> option, String words, int offset,
            int limit) {
        return votes.votesOfPerson(personId, option, LegislatorDirectory.words(words), offset, limit);
    }

    @UnitOfWork
    public Record recordOf(String personId) {
        return Record.of(votes.tallyOfPerson(personId));
    }

    /**
     * The sessions of a legislature within [from, to], newest first: every date with a roll call (its sitting) or with a
     * session document in the archive (Diario de los Debates, versión estenográfica, orden del día, gaceta, acta, lista
     * de asistencia), each with its roll calls and documents.
     */
    @UnitOfWork
    public List<SittingDetail> sittings(String legislatureId, LocalDate from, LocalDate to, int limit) {
        java.util.TreeMap<LocalDate, SittingDetail> byDate = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
        for (Sitting s : votes.sittings(legislatureId, from, to, limit)) {
            byDate.put(s.date(), new SittingDetail(s, votes.eventsOfSitting(s.id()), new ArrayList<>()));
        }
        for (DocumentSummary d : documents.between(legislatureId, from, to, 20 * limit)) {
            if (d.date() == null) {
                continue;
            }
            SittingDetail detail = byDate.get(d.date());
            if (detail == null && SESSION_DOCUMENTS.contains(d.type())) {
                detail = new SittingDetail(Sitting.plenary(legislatureId, null, d.date()),
                        List.of(), new ArrayList<>());
                byDate.put(d.date(), detail);
            }
            if (detail != null) {
                detail.documents().add(d);
            }
        }
        return byDate.values().stream().limit(limit).toList();
    }

    private static final java.util.Set<mx.parlamentoabierto.document.domain.DocumentType> SESSION_DOCUMENTS = java.util.EnumSet.of(
            mx.parlamentoabierto.document.domain.DocumentType.DIARIO_DEBATES, mx.parlamentoabierto.document.domain.DocumentType.VERSION_ESTENOGRAFICA,
            mx.parlamentoabierto.document.domain.DocumentType.ORDEN_DEL_DIA, mx.parlamentoabierto.document.domain.DocumentType.GACETA,
            mx.parlamentoabierto.document.domain.DocumentType.ACTA, mx.parlamentoabierto.document.domain.DocumentType.LISTA_ASISTENCIA);

    /** What was imported since {@code since} (the search sync's round). */
    @UnitOfWork
    public List<VoteRepository.ImportStamp> importedSince(java.time.Instant since) {
        return votes.importedSince(since);
    }

    /** These vote events with their votes. */
    @UnitOfWork
    public List<VoteEvent> events(java.util.Collection<String> ids) {
        return votes.events(ids);
    }
}
