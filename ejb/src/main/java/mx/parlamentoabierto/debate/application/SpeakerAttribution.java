package mx.parlamentoabierto.debate.application;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import mx.parlamentoabierto.legislator.application.VoterMatcher;
import mx.parlamentoabierto.legislator.domain.LegislatorRepository;
import mx.parlamentoabierto.legislator.domain.Membership;
import mx.parlamentoabierto.scrapers.spi.ScrapedSpeech;
import mx.parlamentoabierto.scrapers.spi.SpeakerRole;
import mx.parlamentoabierto.spanish.SpanishText;

/**
 * Who a speech is by: the chamber's person of the sitting's term whose name the transcript prints (title case with
 * accents, often without a second given name, against rosters in capitals without accents — {@link VoterMatcher}'s
 * rules, never a guess between two), and their group on that date. A speaker who is not a member (a senator in a joint
 * sitting, a secretary of state, a citizen) or whose name is not certain is kept with the printed name and the reason.
 * Used inside the caller's unit of work.
 */
final class SpeakerAttribution {

    /** A speech's speaker resolved: the person and how, or the reason there is none. */
    record Speaker(String personId, String method, String reason, String groupId) {
        static Speaker nobody(String reason) {
            return new Speaker(null, null, reason, null);
        }
    }

    private final String legislatureId;
    private final String termId;
    private final LocalDate date;
    private final VoterMatcher matcher;
    private final LegislatorRepository legislators;
    private final Map<String, String> groups = new HashMap<>();

    SpeakerAttribution(LegislatorRepository legislators, String legislatureId, String termId, LocalDate date) {
        this.legislators = legislators;
        this.legislatureId = legislatureId;
        this.termId = termId;
        this.date = date;
        this.matcher = new VoterMatcher(legislators.voterCandidates(legislatureId, termId), termId);
    }

    Speaker of(ScrapedSpeech speech) {
        SpeakerRole role = speech.role();
        if (role == SpeakerRole.NONE || role == SpeakerRole.COLLECTIVE) {
            return Speaker.nobody(null);
        }
        if (role == SpeakerRole.GUEST) {
            boolean citizen = speech.guestTitle() != null && SpanishText.plain(speech.guestTitle()).startsWith("ciudadan");
            if (citizen && speech.speakerName() != null) {
                // a deputy-elect taking the oath is a citizen until then, and already on the roster
                VoterMatcher.Match match = matcher.match(null, speech.speakerName());
                if (match != null) {
                    return found(match);
                }
            }
            return Speaker.nobody("invitado: " + (speech.guestTitle() == null ? "no es miembro de la cámara" : speech.guestTitle()));
        }
        if (speech.speakerChamber() != null && !speech.speakerChamber().equals(legislatureId)) {
            return Speaker.nobody("miembro de la otra cámara (sesión conjunta)");
        }
        if (speech.speakerName() == null) {
            return Speaker.nobody("la transcripción no da el nombre y no hay uno anterior para ese cargo en la sesión");
        }
        return byName(speech.speakerName());
    }

    /** The chamber's member of that printed name, or the reason there is none a roster imported later may give. */
    Speaker byName(String name) {
        VoterMatcher.Match match = matcher.match(null, name);
        return match == null ? Speaker.nobody("ninguna persona de la " + termId + " con ese nombre en el padrón, o más de una posible") : found(match);
    }

    private Speaker found(VoterMatcher.Match match) {
        return new Speaker(match.personId(), match.method(), null, groups.computeIfAbsent(match.personId(), this::groupOnDate));
    }

    /** The group the person sat for on the sitting's date (their membership of the term covering it, else any of the term). */
    private String groupOnDate(String personId) {
        List<Membership> memberships = legislators.membershipsOf(personId).stream()
                .filter(m -> m.onBehalfOfId() != null && termId.equals(m.termId())).toList();
        String day = date.toString();
        return memberships.stream()
                .filter(m -> (m.startDate() == null || m.startDate().compareTo(day) <= 0) && (m.endDate() == null || m.endDate().compareTo(day) >= 0))
                .map(Membership::onBehalfOfId).findFirst()
                .orElse(memberships.isEmpty() ? null : memberships.get(0).onBehalfOfId());
    }
}
