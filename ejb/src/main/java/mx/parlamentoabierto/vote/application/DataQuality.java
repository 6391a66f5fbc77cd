package mx.parlamentoabierto.vote.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import mx.parlamentoabierto.debate.domain.DebateRepository;
import mx.parlamentoabierto.legislator.domain.LegislativeTerm;
import mx.parlamentoabierto.legislator.domain.LegislatorRepository;
import mx.parlamentoabierto.legislator.domain.Person;
import mx.parlamentoabierto.legislature.domain.LegislatureRepository;
import mx.parlamentoabierto.platform.ResourceNotFoundException;
import mx.parlamentoabierto.platform.persistence.UnitOfWork;
import mx.parlamentoabierto.vote.domain.VoteEvent;
import mx.parlamentoabierto.vote.domain.VoteRepository;

/**
 * What is wrong or missing in a legislature's records, for the people who keep them: vote events whose printed totals
 * disagree with their votes, voters no person matched, persons without any membership, and terms still running (or
 * ended less than three months ago) with no roll call in the last three months, and the speakers of debates no person
 * matched (members of the chamber only: guests and the other chamber's members are not problems).
 */
@jakarta.enterprise.context.ApplicationScoped
public class DataQuality {

    public static final int LIMIT = 200;

    /** A term and its newest roll call (null: none at all). */
    public record QuietTerm(String termId, String name, LocalDate latestVote) {
    }

    public record Report(String legislatureId, String termId, List<VoteEvent> disagreeingCounts, List<VoteRepository.UnmatchedVoter> unmatchedVoters,
            List<Person> personsWithoutMembership, List<QuietTerm> quietTerms, List<DebateRepository.UnmatchedSpeaker> unmatchedSpeakers) {
        public int problems() {
            return disagreeingCounts.size() + unmatchedVoters.size() + personsWithoutMembership.size() + quietTerms.size() + unmatchedSpeakers.size();
        }
    }

    private VoteRepository votes;
    private LegislatorRepository legislators;
    private LegislatureRepository legislatures;
    private DebateRepository debates;
    private Clock clock;

    protected DataQuality() {
        // CDI proxy
    }

    @jakarta.inject.Inject
    public DataQuality(VoteRepository votes, LegislatorRepository legislators, LegislatureRepository legislatures,
            DebateRepository debates, Clock clock) {
        this.debates = debates;
        this.votes = votes;
        this.legislators = legislators;
        this.legislatures = legislatures;
        this.clock = clock;
    }

    @UnitOfWork
    public Report report(String legislatureId, String termId) {
        if (legislatures.find(legislatureId).isEmpty()) {
            throw new ResourceNotFoundException("legislature", "No existe la legislatura '" + legislatureId + "'.");
        }
        LocalDate threeMonthsAgo = LocalDate.now(clock).minusMonths(3);
        List<QuietTerm> quiet = new ArrayList<>();
        for (LegislativeTerm term : legislators.terms(legislatureId)) {
            if (termId != null && !termId.equals(term.id())) {
                continue;
            }
            boolean running = term.endDate() == null || !term.endDate().isBefore(threeMonthsAgo);
            Optional<LocalDate> latest = votes.latestVote(legislatureId, term.id());
            if (running && latest.map(d -> d.isBefore(threeMonthsAgo)).orElse(true)) {
                quiet.add(new QuietTerm(term.id(), term.name(), latest.orElse(null)));
            }
        }
        return new Report(legislatureId, termId, votes.eventsWithDisagreeingCounts(legislatureId, termId, LIMIT),
                votes.unmatchedVoters(legislatureId, termId, LIMIT), legislators.personsWithoutMembership(legislatureId, LIMIT), quiet,
                debates.unmatchedSpeakers(legislatureId, termId, LIMIT));
    }
}
