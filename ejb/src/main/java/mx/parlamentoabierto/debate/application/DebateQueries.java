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
import mx.parlamentoabierto.platform.persistence.Database;
import mx.parlamentoabierto.vote.domain.VoteEvent;
import mx.parlamentoabierto.vote.domain.VoteRepository;

/** Reading debates and speeches: a sitting's debate with its roll calls, a person's speeches, the filtered list. */
@ApplicationScoped
public class DebateQueries {

    /** A sitting's debate: the speeches in order, the publications it was read from, group names and the sitting's roll calls. */
    public record DebateDetail(Debate debate, List<Speech> speeches, List<DebateRepository.SourceRecord> sources, Map<String, String> groupNames,
            List<VoteEvent> rollCalls) {
    }

    private Database database;
    private DebateRepository debates;
    private LegislatorRepository legislators;
    private VoteRepository votes;

    protected DebateQueries() {
        // CDI proxy
    }

    @Inject
    public DebateQueries(Database database, DebateRepository debates, LegislatorRepository legislators, VoteRepository votes) {
        this.database = database;
        this.debates = debates;
        this.legislators = legislators;
        this.votes = votes;
    }

    public DebateDetail debate(String id) {
        return database.inTransaction(em -> {
            Debate debate = debates.debate(id).orElseThrow(() -> new ResourceNotFoundException("debate", "No existe el debate '" + id + "'."));
            List<Speech> speeches = debates.speechesOf(id);
            return new DebateDetail(debate, speeches, debates.sourcesOf(id), groupNames(speeches), votes.eventsOfSitting(debate.sittingId()));
        });
    }

    public Optional<Debate> find(String id) {
        return database.inTransaction(em -> debates.debate(id));
    }

    public DebateRepository.Page<Speech> speeches(DebateRepository.SpeechFilter filter, int offset, int limit) {
        return database.inTransaction(em -> debates.speeches(filter, offset, limit));
    }

    /** These speeches, in the order of the ids (a search's hits read back whole). */
    public List<Speech> speeches(List<String> ids) {
        List<Speech> found = database.inTransaction(em -> debates.speeches(ids));
        Map<String, Speech> byId = new HashMap<>();
        found.forEach(s -> byId.put(s.id(), s));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    public DebateRepository.PersonSummary summaryOf(String personId) {
        return database.inTransaction(em -> debates.summaryOf(personId));
    }

    public Optional<Speech> announcing(String voteEventId) {
        return database.inTransaction(em -> debates.announcing(voteEventId));
    }

    public List<Debate> debates(String legislatureId, LocalDate from, LocalDate to, int limit) {
        return database.inTransaction(em -> debates.debates(legislatureId, from, to, limit));
    }

    /** The names of the groups these speeches' speakers sat for. */
    public Map<String, String> groupNames(List<Speech> speeches) {
        return database.inTransaction(em -> {
            Map<String, String> names = new HashMap<>();
            for (Speech s : speeches) {
                if (s.groupId() != null && !names.containsKey(s.groupId())) {
                    names.put(s.groupId(), legislators.organization(s.groupId()).map(Organization::name).orElse(s.groupId()));
                }
            }
            return names;
        });
    }
}
