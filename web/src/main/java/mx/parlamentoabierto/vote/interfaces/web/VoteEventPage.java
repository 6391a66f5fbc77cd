package mx.parlamentoabierto.vote.interfaces.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import mx.parlamentoabierto.legislature.application.LegislatureCatalog;
import mx.parlamentoabierto.legislature.domain.Legislature;
import mx.parlamentoabierto.platform.ResourceNotFoundException;
import mx.parlamentoabierto.platform.interfaces.web.PageAddress;
import mx.parlamentoabierto.vote.application.VoteQueries;
import mx.parlamentoabierto.vote.domain.Tally;
import mx.parlamentoabierto.vote.domain.VoteLine;
import mx.parlamentoabierto.vote.domain.VoteOption;

/**
 * {@code votacion.xhtml?id=&grupo=&opcion=}: one roll call — title, date, counts by option and by group (a bar per
 * group, drawn without scripts), the totals the source printed, every vote filterable by group and option, the
 * source page and the session's documents.
 */
@Named
@RequestScoped
public class VoteEventPage {

    @Inject
    VoteQueries votes;
    @Inject
    LegislatureCatalog legislatures;
    @Inject
    mx.parlamentoabierto.debate.application.DebateQueries debates;

    private String id;
    private String group;
    private String option;
    private VoteQueries.EventDetail detail;
    /** The speech of the sitting's debate in which this result was announced, if a transcript holds it. */
    private mx.parlamentoabierto.debate.domain.Speech announcing;

    /** The place in the sitting's debate where this roll call's result was read out, or null. */
    public String getDebateUrl() {
        return announcing == null ? null : mx.parlamentoabierto.debate.interfaces.web.SittingPage.address(announcing.debateId(), announcing.position());
    }

    public void load() {
        try {
            detail = id == null ? null : votes.event(id.strip());
        } catch (ResourceNotFoundException e) {
            detail = null;
        }
        if (detail == null) {
            PageAddress.notFound("No existe la votación");
            return;
        }
        announcing = debates.announcing(detail.event().id()).orElse(null);
        if (option != null && VoteOption.fromPopolo(option).isEmpty()) {
            option = null;
        }
    }

    /** The votes the filters keep. */
    public List<VoteLine> getVotes() {
        VoteOption wanted = option == null ? null : VoteOption.fromPopolo(option).orElse(null);
        return detail.votes().stream().filter(v -> group == null || group.isBlank() || group.equals(v.groupId() == null ? "" : v.groupId()))
                .filter(v -> wanted == null || v.option() == wanted).toList();
    }

    /** The options that occurred in this roll call (a column of zeros says nothing). */
    public List<VoteOption> getOptions() {
        Tally tally = detail.event().tally();
        return java.util.Arrays.stream(VoteOption.values()).filter(o -> tally.of(o) > 0).toList();
    }

    /** Whether it passed: as the source declared, or computed (and marked so) with the configured majority. */
    public mx.parlamentoabierto.vote.domain.VoteOutcome getOutcome() {
        return detail.outcome();
    }

    /** The members who voted otherwise than the majority of their group, by group. */
    public List<VoteLine> getDissenters() {
        return detail.dissent().dissenters();
    }

    /** The option a group's majority chose, in words, or empty. */
    public String groupLine(String groupId) {
        return detail.dissent().lineOf(groupId).map(o -> "option." + o.code()).orElse(null);
    }

    public List<VoteQueries.GroupTally> getGroups() {
        return List.copyOf(detail.byGroup().values());
    }

    public Tally getTally() {
        return detail.event().tally();
    }

    /** Width in percent of one option's share of a group's bar. */
    public String share(Tally tally, VoteOption option) {
        int total = tally.total();
        return total == 0 ? "0" : String.format(java.util.Locale.ROOT, "%.2f", 100.0 * tally.of(option) / total);
    }

    public String getLegislatureName() {
        return legislatures.find(detail.event().legislatureId()).map(Legislature::name).orElse(detail.event().legislatureId());
    }

    public String url(String newGroup, String newOption) {
        return new PageAddress("votacion.xhtml").with("id", detail.event().id()).with("grupo", newGroup).with("opcion", newOption).toString();
    }

    public String profileUrl(String personId) {
        return new PageAddress("legislador.xhtml").with("id", personId).toString();
    }

    public VoteQueries.EventDetail getDetail() { return detail; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getGroup() { return group; }
    public void setGroup(String group) { this.group = group; }
    public String getOption() { return option; }
    public void setOption(String option) { this.option = option; }
}
