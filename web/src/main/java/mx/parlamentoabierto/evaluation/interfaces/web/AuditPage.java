package mx.parlamentoabierto.evaluation.interfaces.web;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import mx.parlamentoabierto.audit.domain.AuditEntry;
import mx.parlamentoabierto.evaluation.application.EditionLifecycle;
import mx.parlamentoabierto.identity.interfaces.web.CurrentCaller;
import mx.parlamentoabierto.platform.interfaces.web.Formats;

/**
 * The audit log of an edition ({@code /trabajo/auditoria.xhtml?edicion=…&accion=…&quien=…}), for coordinators and
 * administrators: a table people read — when, who and from where, what was done in words, on what, and what changed
 * field by field — filterable by action and by person, with the same entries as JSON from the API for download.
 */
@Named
@RequestScoped
public class AuditPage {

    @Inject
    EditionLifecycle lifecycle;

    private String edition;
    private long after;
    private String action;
    private String who;
    private List<AuditEntry> entries;

    /** One field that changed: its name, and the value before and after (empty when absent). */
    public record Change(String field, String before, String after) {
    }

    public void load() {
        entries = lifecycle.audit(CurrentCaller.get(), edition, after, 500);
    }

    /** The entries the filters keep. */
    public List<AuditEntry> getShown() {
        return entries.stream().filter(e -> action == null || action.isBlank() || e.action().equals(action))
                .filter(e -> who == null || who.isBlank() || e.actor().equalsIgnoreCase(who.strip())).toList();
    }

    /** The actions in this part of the log, with their names in words, for the filter. */
    public Map<String, String> getActions() {
        Map<String, String> actions = new TreeMap<>();
        entries.forEach(e -> actions.put(e.action(), describe(e.action())));
        return actions;
    }

    public List<String> getActors() {
        return entries.stream().map(AuditEntry::actor).distinct().sorted().toList();
    }

    /** An action in the page's language ("answer.reviewed" → "Respuesta revisada"); the code when unknown. */
    public String describe(String actionCode) {
        String key = "audit.action." + actionCode;
        String text = Formats.message(key, Formats.pageLocale());
        return text.equals(key) ? actionCode : text;
    }

    /** What changed, field by field, read from the entry's before and after. */
    public List<Change> changes(AuditEntry e) {
        Map<String, String> before = fields(e.before().orElse(null));
        Map<String, String> afterFields = fields(e.after().orElse(null));
        List<Change> changes = new ArrayList<>();
        java.util.Set<String> names = new java.util.LinkedHashSet<>(before.keySet());
        names.addAll(afterFields.keySet());
        for (String name : names) {
            String b = before.getOrDefault(name, "");
            String a = afterFields.getOrDefault(name, "");
            if (!b.equals(a)) {
                changes.add(new Change(name, b, a));
            }
        }
        return changes;
    }

    private static Map<String, String> fields(String json) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return out;
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject o = reader.readObject();
            o.forEach((k, v) -> out.put(k, text(v)));
        } catch (RuntimeException e) {
            out.put("", json);
        }
        return out;
    }

    private static String text(JsonValue v) {
        return switch (v.getValueType()) {
            case STRING -> ((jakarta.json.JsonString) v).getString();
            case NULL -> "";
            case TRUE -> "sí";
            case FALSE -> "no";
            default -> v.toString();
        };
    }

    public String when(java.time.Instant at) {
        return WorkPages.when(at);
    }

    public Long getNextAfter() {
        return entries == null || entries.size() < 500 ? null : entries.get(entries.size() - 1).id();
    }

    public List<AuditEntry> getEntries() { return entries; }
    public String getEdition() { return edition; }
    public void setEdition(String edition) { this.edition = edition; }
    public long getAfter() { return after; }
    public void setAfter(long after) { this.after = after; }
    public String getAccion() { return action; }
    public void setAccion(String accion) { this.action = accion; }
    public String getQuien() { return who; }
    public void setQuien(String quien) { this.who = quien == null ? null : quien.toLowerCase(Locale.ROOT); }
}
