package mx.parlamentoabierto.debate.application;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import mx.parlamentoabierto.debate.domain.Debate;
import mx.parlamentoabierto.debate.domain.DebateRepository;
import mx.parlamentoabierto.debate.domain.Speech;
import mx.parlamentoabierto.legislator.domain.LegislatorRepository;
import mx.parlamentoabierto.legislator.domain.Organization;
import mx.parlamentoabierto.platform.ResourceNotFoundException;
import mx.parlamentoabierto.platform.persistence.UnitOfWork;
import mx.parlamentoabierto.vote.domain.VoteEvent;
import mx.parlamentoabierto.vote.domain.VoteRepository;

/** Reading debates and speeches: a sitting's debate with its roll calls, a person's speeches, the filtered list. */
@ApplicationScoped
public class DebateQueries {

    /** A sitting's debate: the speeches in order, the publications it was read from, group names and the sitting's roll calls. */
    public record DebateDetail(Debate debate, List<Speech> speeches, List<DebateRepository.SourceRecord> sources, Map<String, String> groupNames,
            List<VoteEvent> rollCalls) {
    }

    private DebateRepository debates;
    private LegislatorRepository legislators;
    private VoteRepository votes;

    protected DebateQueries() {
        // CDI proxy
    }

    @Inject
    public DebateQueries(DebateRepository debates, LegislatorRepository legislators, VoteRepository votes) {
        this.debates = debates;
        this.legislators = legislators;
        this.votes = votes;
    }

    @UnitOfWork
    public DebateDetail debate(String id) {
        Debate debate = debates.debate(id).orElseThrow(() -> new ResourceNotFoundException("debate", "No existe el debate '" + id + "'."));
        List<Speech> speeches = debates.speechesOf(id);
        return new DebateDetail(debate, speeches, debates.sourcesOf(id), groupNames(speeches), votes.eventsOfSitting(debate.sittingId()));
    }

    @UnitOfWork
    public Optional<Debate> find(String id) {
        return debates.debate(id);
    }

    @UnitOfWork
    public DebateRepository.Page<Speech> speeches(DebateRepository.SpeechFilter filter, int offset, int limit) {
        return debates.speeches(filter, offset, limit);
    }

    /** These speeches, in the order of the ids (a search's hits read back whole). */
    @UnitOfWork
    public List<Speech> speeches(List<String> ids) {
        List<Speech> found = debates.speeches(ids);
        Map<String, Speech> byId = new HashMap<>();
        found.forEach(s -> byId.put(s.id(), s));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    @UnitOfWork
    public DebateRepository.PersonSummary summaryOf(String personId) {
        return debates.summaryOf(personId);
    }

    @UnitOfWork
    public Optional<Speech> announcing(String voteEventId) {
        return debates.announcing(voteEventId);
    }

    @UnitOfWork
    public List<Debate> debates(String legislatureId, LocalDate from, LocalDate to, int limit) {
        return debates.debates(legislatureId, from, to, limit);
    }

    /** The names of the groups these speeches' speakers sat for. */
    @UnitOfWork
    public Map<String, String> groupNames(List<Speech> speeches) {
        Map<String, String> names = new HashMap<>();
        for (Speech s : speeches) {
            if (s.groupId() != null && !names.containsKey(s.groupId())) {
                names.put(s.groupId(), legislators.organization(s.groupId()).map(Organization::name).orElse(s.groupId()));
            }
        }
        return names;
    }

    /** The debates imported since {@code since} (the search sync's round). */
    @UnitOfWork
    public List<DebateRepository.ImportStamp> importedSince(java.time.Instant since) {
        return debates.importedSince(since);
    }

    /** Every speech of a debate, in order. */
    @UnitOfWork
    public List<Speech> speechesOf(String debateId) {
        return debates.speechesOf(debateId);
    }
}
