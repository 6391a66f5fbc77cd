package mx.parlamentoabierto.vote.interfaces.rest;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import mx.parlamentoabierto.legislator.application.LegislatorDirectory;
import mx.parlamentoabierto.legislator.application.PopoloExport;
import mx.parlamentoabierto.legislator.domain.Membership;
import mx.parlamentoabierto.legislator.domain.Organization;
import mx.parlamentoabierto.legislator.domain.Person;
import mx.parlamentoabierto.platform.json.JsonMapping;
import mx.parlamentoabierto.vote.application.VoteImport;
import mx.parlamentoabierto.vote.application.VoteQueries;
import mx.parlamentoabierto.vote.domain.DeclaredTotal;
import mx.parlamentoabierto.vote.domain.Tally;
import mx.parlamentoabierto.vote.domain.VoteEvent;
import mx.parlamentoabierto.vote.domain.VoteLine;
import mx.parlamentoabierto.vote.domain.VoteOption;
import mx.parlamentoabierto.vote.domain.VoteRepository;

/** People, organizations and vote events as the API writes them: Popolo's field names, the portal's ids. */
public final class PopoloViews {

    private static final ObjectMapper JSON = JsonMapping.MAPPER;

    private PopoloViews() {
    }

    public static ObjectNode entry(LegislatorDirectory.Entry e) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", e.personId());
        n.put("name", e.name());
        n.put("sort_name", e.sortName());
        put(n, "image", e.image());
        n.put("legislature_id", e.legislatureId());
        put(n, "legislative_period_id", e.termId());
        put(n, "group_id", e.groupId());
        put(n, "group", e.groupName());
        put(n, "area_id", e.areaId());
        put(n, "area", e.areaName());
        put(n, "state", e.stateName());
        if (e.district() != null) {
            n.put("district", e.district());
        }
        if (e.region() != null) {
            n.put("region", e.region());
        }
        return n;
    }

    public static ObjectNode person(LegislatorDirectory.Profile profile, VoteQueries.Record record) {
        Person p = profile.person();
        ObjectNode n = PopoloExport.personFields(JSON.createObjectNode(), p);
        n.put("legislature_id", p.legislatureId());
        ArrayNode memberships = n.putArray("memberships");
        for (LegislatorDirectory.MembershipView view : profile.memberships()) {
            Membership m = view.membership();
            ObjectNode mn = memberships.addObject();
            mn.put("id", m.id());
            mn.put("organization_id", m.organizationId());
            mn.put("organization", view.organizationName());
            put(mn, "organization_classification", view.organizationClassification());
            put(mn, "on_behalf_of_id", m.onBehalfOfId());
            put(mn, "on_behalf_of", view.groupName());
            put(mn, "area_id", m.areaId());
            put(mn, "area", view.areaName());
            put(mn, "role", m.role());
            put(mn, "legislative_period_id", m.termId());
            put(mn, "start_date", m.startDate());
            put(mn, "end_date", m.endDate());
            if (m.sourceUrl() != null) {
                mn.putArray("sources").addObject().put("url", m.sourceUrl());
            }
        }
        ObjectNode r = n.putObject("voting_record");
        r.put("roll_calls", record.rollCalls());
        r.put("present", record.present());
        r.put("absent", record.absent());
        r.put("excused", record.excused());
        r.put("attendance_rate", Math.round(record.attendanceRate() * 10_000) / 10_000.0);
        r.set("counts", counts(record.tally(), null));
        return n;
    }

    public static ObjectNode organization(Organization o) {
        return PopoloExport.organizationFields(JSON.createObjectNode(), o).put("legislature_id", o.legislatureId());
    }

    public static ArrayNode counts(Tally tally, String groupId) {
        ArrayNode counts = JSON.createArrayNode();
        for (VoteOption option : VoteOption.values()) {
            ObjectNode c = counts.addObject();
            c.put("option", option.popolo());
            c.put("value", tally.of(option));
            if (groupId != null) {
                c.put("group_id", groupId);
            }
        }
        return counts;
    }

    /**
     * A roll call without its votes. {@code result} is Popolo's word ({@code pass}, {@code fail}) when the outcome is
     * known; {@code result_detail} says whether the source declared it or the portal computed it, and with what majority.
     */
    public static ObjectNode eventSummary(VoteEvent e, mx.parlamentoabierto.vote.domain.VoteOutcome outcome) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", e.id());
        n.put("identifier", e.identifier());
        n.put("legislature_id", e.legislatureId());
        put(n, "legislative_session_id", e.termId() == null ? null : PopoloExport.termEventId(e.legislatureId(), e.termId()));
        put(n, "legislative_period_id", e.termId());
        n.put("start_date", e.date().toString());
        n.putObject("motion").put("text", e.title());
        put(n, "period", e.period());
        put(n, "result", outcome.known() ? (outcome.passed() ? "pass" : "fail") : null);
        if (outcome.text() != null) {
            ObjectNode r = n.putObject("result_detail");
            r.put("text", outcome.text());
            r.put("computed", outcome.computed());
            put(r, "rule", outcome.ruleId());
            put(r, "rule_name", outcome.ruleName());
            put(r, "basis", outcome.basis());
        }
        n.set("counts", counts(e.tally(), null));
        n.put("unmatched_voters", e.tally().unmatched());
        n.put("counts_agree", e.countsAgree());
        n.putArray("sources").addObject().put("url", e.sourceUrl()).put("note", "retrieved " + e.retrievedAt());
        n.put("retrieved_at", e.retrievedAt().toString());
        if (e.sourceDocumentId() != null) {
            n.put("document_id", e.sourceDocumentId());
        }
        return n;
    }

    public static ObjectNode event(VoteQueries.EventDetail d) {
        ObjectNode n = eventSummary(d.event(), d.outcome());
        ArrayNode byGroup = n.putArray("group_counts");
        d.byGroup().values().forEach(g -> {
            ObjectNode gn = byGroup.addObject();
            put(gn, "group_id", g.groupId());
            put(gn, "group", g.groupName());
            gn.set("counts", counts(g.tally(), g.groupId()));
        });
        n.putArray("count_problems").addAll(d.event().countProblems().stream().map(JSON.getNodeFactory()::textNode).toList());
        n.putArray("notes").addAll(d.event().notes().stream().map(JSON.getNodeFactory()::textNode).toList());
        ArrayNode declared = n.putArray("declared_counts");
        for (DeclaredTotal t : d.totals()) {
            ObjectNode tn = declared.addObject();
            tn.put("group", t.groupKey().isEmpty() ? null : t.groupKey());
            tn.put("label", t.label());
            tn.put("value", t.declared());
            ArrayNode options = tn.putArray("options");
            t.options().stream().map(VoteOption::popolo).sorted().forEach(options::add);
        }
        ArrayNode votes = n.putArray("votes");
        for (VoteLine v : d.votes()) {
            ObjectNode vn = votes.addObject();
            vn.put("line", v.line());
            put(vn, "voter_id", v.personId());
            vn.put("voter_name", v.voterName());
            put(vn, "source_voter_id", v.voterSourceId());
            vn.put("option", v.option().popolo());
            put(vn, "raw_option", v.rawOption());
            put(vn, "group_id", v.groupId());
            put(vn, "group", v.groupName());
            put(vn, "match", v.matchMethod());
        }
        ArrayNode dissent = n.putArray("against_group");
        for (VoteLine v : d.dissent().dissenters()) {
            ObjectNode dn = dissent.addObject();
            put(dn, "voter_id", v.personId());
            dn.put("voter_name", v.voterName());
            put(dn, "group_id", v.groupId());
            put(dn, "group", v.groupName());
            dn.put("option", v.option().popolo());
            dn.put("group_option", d.dissent().lineOf(v.groupId()).map(VoteOption::popolo).orElse(null));
        }
        ArrayNode documents = n.putArray("documents");
        d.documents().forEach(doc -> documents.addObject().put("id", doc.id()).put("type", doc.type().code()).put("title", doc.title()));
        return n;
    }

    public static ObjectNode personVote(VoteRepository.PersonVote v) {
        ObjectNode n = JSON.createObjectNode();
        n.put("vote_event_id", v.voteEventId());
        n.put("date", v.date().toString());
        n.put("title", v.title());
        n.put("option", v.option().popolo());
        put(n, "raw_option", v.rawOption());
        put(n, "group_id", v.groupId());
        return n;
    }

    public static ObjectNode outcome(VoteImport.Outcome o) {
        ObjectNode n = JSON.createObjectNode();
        n.put("status", o.status());
        n.put("vote_event_id", o.voteEventId());
        n.put("date", o.date().toString());
        n.put("title", o.title());
        n.put("votes", o.votes());
        n.put("matched", o.matched());
        n.put("unmatched", o.unmatched());
        ArrayNode names = n.putArray("unmatched_names");
        o.unmatchedNames().forEach(names::add);
        n.put("counts_agree", o.countsAgree());
        ArrayNode problems = n.putArray("count_problems");
        o.countProblems().forEach(problems::add);
        ArrayNode notes = n.putArray("notes");
        o.notes().forEach(notes::add);
        if (o.documentId() != null) {
            n.put("document_id", o.documentId());
        }
        n.put("source_url", o.sourceUrl());
        return n;
    }

    public static void put(ObjectNode n, String field, String value) {
        PopoloExport.put(n, field, value);
    }

    public static ArrayNode array(List<ObjectNode> items) {
        ArrayNode a = JSON.createArrayNode();
        items.forEach(a::add);
        return a;
    }
}
