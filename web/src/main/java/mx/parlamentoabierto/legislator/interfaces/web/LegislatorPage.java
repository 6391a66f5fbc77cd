package mx.parlamentoabierto.legislator.interfaces.web;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import mx.parlamentoabierto.legislator.application.LegislatorDirectory;
import mx.parlamentoabierto.platform.ResourceNotFoundException;
import mx.parlamentoabierto.platform.interfaces.web.PageAddress;
import mx.parlamentoabierto.vote.application.VoteQueries;
import mx.parlamentoabierto.vote.domain.VoteOption;
import mx.parlamentoabierto.vote.domain.VoteRepository;

/** {@code legislador.xhtml?id=&opcion=&q=&pagina=}: one legislator, their seat, committees, attendance and every vote. */
@Named
@RequestScoped
public class LegislatorPage {

    static final int PAGE_SIZE = 25;

    @Inject
    LegislatorDirectory directory;
    @Inject
    VoteQueries votes;
    @Inject
    mx.parlamentoabierto.debate.application.DebateQueries debates;

    private String id;
    private String option;
    private String q;
    private String page;
    private LegislatorDirectory.Profile profile;
    private VoteQueries.Record record;
    private VoteRepository.Page<VoteRepository.PersonVote> history;
    private mx.parlamentoabierto.debate.domain.DebateRepository.PersonSummary speaking;
    private List<mx.parlamentoabierto.debate.domain.Speech> latestSpeeches = List.of();

    public void load() {
        try {
            profile = id == null ? null : directory.profile(id.strip());
        } catch (ResourceNotFoundException e) {
            profile = null;
        }
        if (profile == null) {
            PageAddress.notFound("No existe la persona");
            return;
        }
        record = votes.recordOf(profile.person().id());
        speaking = debates.summaryOf(profile.person().id());
        if (speaking.speeches() > 0) {
            latestSpeeches = debates.speeches(new mx.parlamentoabierto.debate.domain.DebateRepository.SpeechFilter(null, null, null, profile.person().id(),
                    null, null, null, null), 0, 5).items();
        }
        Optional<VoteOption> wanted = option == null ? Optional.empty() : VoteOption.fromPopolo(option);
        if (wanted.isEmpty()) {
            option = null;
        }
        history = votes.votesOf(profile.person().id(), wanted, q, (getPageNumber() - 1) * PAGE_SIZE, PAGE_SIZE);
    }

    public List<VoteOption> getOptions() {
        return List.of(VoteOption.values());
    }

    public int count(VoteOption option) {
        return record.tally().of(option);
    }

    /** Attendance as a percentage with one decimal ("93.4 %"), or a dash with no roll call. */
    public String getAttendance() {
        return record.rollCalls() == 0 ? "—" : String.format(java.util.Locale.ROOT, "%.1f %%", 100 * record.attendanceRate());
    }

    public int getPageNumber() {
        return PageAddress.pageNumber(page);
    }

    public long getPageCount() {
        return Math.max(1, (history.total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public String url(String newOption, int number) {
        return new PageAddress("legislador.xhtml").with("id", profile.person().id()).with("opcion", newOption).with("q", q)
                .with("pagina", number == 1 ? null : number).toString();
    }

    /** A speech's place on its sitting's page. */
    public String speechUrl(mx.parlamentoabierto.debate.domain.Speech speech) {
        return mx.parlamentoabierto.debate.interfaces.web.SittingPage.address(speech.debateId(), speech.position());
    }

    /** The first words of a speech, for the list of the latest. */
    public String excerpt(mx.parlamentoabierto.debate.domain.Speech speech) {
        return speech.excerpt(220);
    }

    /** Searching only this person's words: the search page's speeches with this speaker. */
    public String getSpeechSearchUrl() {
        return new PageAddress("buscar.xhtml").with("clase", "intervencion").with("persona", profile.person().id()).toString();
    }

    public mx.parlamentoabierto.debate.domain.DebateRepository.PersonSummary getSpeaking() { return speaking; }
    public List<mx.parlamentoabierto.debate.domain.Speech> getLatestSpeeches() { return latestSpeeches; }
    public LegislatorDirectory.Profile getProfile() { return profile; }
    public VoteQueries.Record getRecord() { return record; }
    public VoteRepository.Page<VoteRepository.PersonVote> getHistory() { return history; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getOption() { return option; }
    public void setOption(String option) { this.option = option; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getPage() { return page; }
    public void setPage(String page) { this.page = page; }
}
