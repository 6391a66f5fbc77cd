package mx.parlamentoabierto.evaluation.application;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;

import mx.parlamentoabierto.evaluation.domain.Objection;
import mx.parlamentoabierto.platform.Sha256;
import mx.parlamentoabierto.platform.json.Jsonp;
import mx.parlamentoabierto.scoring.domain.Answer;
import mx.parlamentoabierto.scoring.domain.Edition;
import mx.parlamentoabierto.scoring.domain.EvidenceLink;

/**
 * The canonical JSON form of a published edition, the thing its SHA-256 is computed over: members in a fixed
 * order, arrays sorted (legislatures by id, answers by legislature then variable, objections by id), no
 * whitespace, UTF-8. Anyone can re-hash the text {@code GET /api/editions/{id}/snapshot} returns and recompute the
 * ranking from its answers with the methodology it names.
 */
public final class SnapshotDocument {

    public static final int FORMAT = 1;

    private SnapshotDocument() {
    }

    public record Header(Edition edition, int revision, String methodologySha256, String aggregation, String publishedAt,
            String publishedBy, String changeNote, List<String> legislatures) {
    }

    public static String write(Header header, List<Answer> answers, List<Objection> objections) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = Jsonp.PROVIDER.createGenerator(out)) {
            Edition e = header.edition();
            g.writeStartObject().write("format", FORMAT);
            g.writeStartObject("edition").write("id", e.id()).write("title", e.title()).write("year", e.year())
                    .write("revision", header.revision()).write("demo", e.demo()).write("methodology", e.methodologyKey())
                    .write("methodologySha256", header.methodologySha256()).write("aggregation", header.aggregation())
                    .write("publishedAt", header.publishedAt()).write("publishedBy", header.publishedBy());
            if (header.changeNote() == null) {
                g.writeNull("changeNote");
            } else {
                g.write("changeNote", header.changeNote());
            }
            g.writeEnd();
            g.writeStartArray("legislatures");
            header.legislatures().stream().sorted().forEach(g::write);
            g.writeEnd();
            g.writeStartArray("answers");
            for (Answer a : answers.stream().sorted(Comparator.comparing(Answer::legislatureId).thenComparing(Answer::variableId)).toList()) {
                g.writeStartObject().write("legislature", a.legislatureId()).write("variable", a.variableId()).write("value", a.value())
                        .write("justification", a.justification());
                g.writeStartArray("evidence");
                for (EvidenceLink link : a.evidence()) {
                    g.writeStartObject();
                    nullable(g, "url", link.url());
                    nullable(g, "label", link.label());
                    if (link.documentId() == null) {
                        g.writeNull("documentId");
                    } else {
                        g.write("documentId", link.documentId());
                    }
                    nullable(g, "retrievedAt", link.retrievedAt() == null ? null : link.retrievedAt().toString());
                    nullable(g, "sha256", link.contentSha256());
                    g.writeEnd();
                }
                g.writeEnd().writeEnd();
            }
            g.writeEnd();
            g.writeStartArray("objections");
            for (Objection o : objections.stream().sorted(Comparator.comparing(Objection::id)).toList()) {
                g.writeStartObject().write("id", o.id()).write("legislature", o.legislatureId()).write("variable", o.variableId())
                        .write("argument", o.argument()).write("evidence", Jsonp.PROVIDER.createReader(new StringReader(o.evidenceJson())).readArray())
                        .write("filedAt", o.filedAt().toString()).write("outcome", o.outcome().jsonName());
                nullable(g, "resolution", o.resolution().orElse(null));
                nullable(g, "resolvedAt", o.resolvedAt().map(Object::toString).orElse(null));
                g.writeEnd();
            }
            g.writeEnd();
            g.writeEnd();
        }
        return out.toString();
    }

    private static void nullable(JsonGenerator g, String name, String value) {
        if (value == null) {
            g.writeNull(name);
        } else {
            g.write(name, value);
        }
    }

    public static String sha256(String content) {
        return Sha256.hex(content);
    }

    /** legislature → (variable → value) read back from a snapshot: the input to recompute its ranking. */
    public static Map<String, Map<String, Integer>> values(String content) {
        JsonObject root = Jsonp.PROVIDER.createReader(new StringReader(content)).readObject();
        Map<String, Map<String, Integer>> values = new HashMap<>();
        for (JsonValue v : root.getJsonArray("legislatures")) {
            values.put(((jakarta.json.JsonString) v).getString(), new HashMap<>());
        }
        JsonArray answers = root.getJsonArray("answers");
        for (JsonValue v : answers) {
            JsonObject a = v.asJsonObject();
            values.computeIfAbsent(a.getString("legislature"), k -> new HashMap<>()).put(a.getString("variable"), a.getInt("value"));
        }
        return values;
    }
}
