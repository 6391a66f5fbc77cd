package mx.parlamentoabierto.debate.interfaces.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import mx.parlamentoabierto.debate.application.DebateQueries;
import mx.parlamentoabierto.debate.domain.Speech;
import mx.parlamentoabierto.platform.ResourceNotFoundException;
import mx.parlamentoabierto.platform.interfaces.web.PageAddress;
import mx.parlamentoabierto.vote.domain.VoteEvent;

/**
 * {@code sesion.xhtml?id=}: one sitting's debate speech by speech (speaker, role, group, time, agenda item, an anchor per
 * speech), stage directions apart, each announced result linked to its roll call, and the publications it was read from.
 */
@Named
@RequestScoped
public class SittingPage {

    @Inject
    DebateQueries debates;

    private String id;
    private DebateQueries.DebateDetail detail;
    private final Map<String, VoteEvent> rollCalls = new HashMap<>();

    public void load() {
        try {
            detail = id == null ? null : debates.debate(id.strip());
        } catch (ResourceNotFoundException e) {
            detail = null;
        }
        if (detail == null) {
            PageAddress.notFound("No existe el debate de esa sesión");
            return;
        }
        detail.rollCalls().forEach(e -> rollCalls.put(e.id(), e));
    }

    public DebateQueries.DebateDetail getDetail() {
        return detail;
    }

    public List<Speech> getSpeeches() {
        return detail.speeches();
    }

    /** True when this speech opens a new agenda item (the heading is shown once, where it starts). */
    public boolean startsItem(Speech speech) {
        int index = detail.speeches().indexOf(speech);
        if (speech.heading() == null) {
            return false;
        }
        for (int i = index - 1; i >= 0; i--) {
            Speech before = detail.speeches().get(i);
            if (!before.isStageDirection()) {
                return !speech.heading().equals(before.heading());
            }
        }
        return true;
    }

    public String groupName(String groupId) {
        return groupId == null ? null : detail.groupNames().getOrDefault(groupId, groupId);
    }

    public String rollCallTitle(String voteEventId) {
        VoteEvent event = rollCalls.get(voteEventId);
        return event == null ? voteEventId : event.title();
    }

    /** A sitting's page, on one of its speeches when {@code position} is given. */
    public static String address(String debateId, Integer position) {
        String page = new PageAddress("sesion.xhtml").with("id", debateId).toString();
        return position == null ? page : page + "#" + Speech.anchorOf(position);
    }

    public String personUrl(String personId) {
        return new PageAddress("legislador.xhtml").with("id", personId).toString();
    }

    public String voteUrl(String voteEventId) {
        return new PageAddress("votacion.xhtml").with("id", voteEventId).toString();
    }

    /** Paragraphs of a speech's text (separated by a blank line). */
    public List<String> paragraphs(Speech speech) {
        return List.of(speech.text().split("\n\n"));
    }

    /** Share of the words attributed to a known person, "97.4 %". */
    public String getAttributed() {
        return String.format(java.util.Locale.ROOT, "%.1f %%", 100 * detail.debate().attributedShare());
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
}
