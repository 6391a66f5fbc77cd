package mx.parlamentoabierto.debate.interfaces.rest;

import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import mx.parlamentoabierto.debate.application.DebateImport;
import mx.parlamentoabierto.debate.domain.Debate;
import mx.parlamentoabierto.debate.domain.Speech;
import mx.parlamentoabierto.platform.json.JsonMapping;
import mx.parlamentoabierto.search.domain.SpeechSearchResult;

/** The JSON of speeches and debates (the API's field names, Popolo's where it has one). */
public final class SpeechViews {

    private SpeechViews() {
    }

    public static ObjectNode speech(Speech s, Map<String, String> groupNames) {
        ObjectNode n = JsonMapping.MAPPER.createObjectNode();
        n.put("id", s.id());
        n.put("date", s.date().toString());
        n.put("sitting", s.debateId());
        n.put("position", s.position());
        put(n, "term", s.termId());
        ObjectNode speaker = n.putObject("speaker");
        put(speaker, "name", s.displayName());
        put(speaker, "label", s.speakerLabel());
        put(speaker, "person_id", s.personId());
        speaker.put("role", s.role().code());
        put(speaker, "group", s.groupId() == null ? null : groupNames.getOrDefault(s.groupId(), s.groupId()));
        put(speaker, "group_id", s.groupId());
        put(speaker, "guest_title", s.guestTitle());
        speaker.put("from_seat", s.fromSeat());
        if (s.nameCarried()) {
            speaker.put("name_carried", true);
        }
        put(speaker, "unmatched_reason", s.unmatchedReason());
        put(n, "time", s.timeMark());
        put(n, "heading", s.heading());
        put(n, "heading_category", s.headingCategory());
        n.put("words", s.words());
        n.put("text", s.text());
        ArrayNode directions = n.putArray("stage_directions");
        s.stageDirections().forEach(directions::add);
        if (s.announcedYes() != null) {
            n.putObject("announced_result").put("yes", s.announcedYes()).put("no", s.announcedNo()).put("abstain", s.announcedAbstain());
        }
        put(n, "vote_event_id", s.voteEventId());
        return n;
    }

    public static ObjectNode hit(SpeechSearchResult.Hit h) {
        ObjectNode n = JsonMapping.MAPPER.createObjectNode();
        n.put("id", h.speechId());
        n.put("date", h.date().toString());
        n.put("sitting", h.debateId());
        n.put("position", h.position());
        put(n, "term", h.termId());
        ObjectNode speaker = n.putObject("speaker");
        put(speaker, "name", h.speakerName());
        put(speaker, "person_id", h.personId());
        put(speaker, "role", h.role());
        put(speaker, "group", h.groupName());
        put(n, "heading", h.heading());
        n.put("words", h.words());
        ArrayNode passages = n.putArray("passages");
        h.passages().forEach(passages::add);
        return n;
    }

    public static ObjectNode debate(Debate d) {
        ObjectNode n = JsonMapping.MAPPER.createObjectNode();
        n.put("id", d.id());
        n.put("legislature_id", d.legislatureId());
        put(n, "term", d.termId());
        n.put("date", d.date().toString());
        n.put("title", d.title());
        n.put("sitting_kind", d.sittingKind());
        n.put("source_kind", d.sourceKind());
        n.put("source_url", d.sourceUrl());
        if (d.sourceDocumentId() != null) {
            n.put("document_id", d.sourceDocumentId());
        }
        n.put("speeches", d.speeches());
        n.put("words", d.words());
        n.put("attributed_words", d.attributedWords());
        return n;
    }

    public static ObjectNode outcome(DebateImport.Outcome o) {
        ObjectNode n = JsonMapping.MAPPER.createObjectNode();
        n.put("status", o.status());
        n.put("debate_id", o.debateId());
        n.put("date", o.date().toString());
        n.put("title", o.title());
        n.put("source_kind", o.sourceKind());
        n.put("speeches", o.speeches());
        n.put("words", o.words());
        n.put("attributed_words", o.attributedWords());
        ArrayNode unmatched = n.putArray("unmatched_speakers");
        o.unmatchedSpeakers().forEach(unmatched::add);
        n.put("roll_calls_linked", o.rollCallsLinked());
        if (o.documentId() != null) {
            n.put("document_id", o.documentId());
        }
        n.put("source_url", o.sourceUrl());
        return n;
    }

    static void put(ObjectNode n, String field, String value) {
        if (value == null) {
            n.putNull(field);
        } else {
            n.put(field, value);
        }
    }
}
