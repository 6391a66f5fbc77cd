package mx.parlamentoabierto.evaluation.interfaces.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import mx.parlamentoabierto.evaluation.application.EvidenceInput;
import mx.parlamentoabierto.platform.ConflictException;
import mx.parlamentoabierto.platform.InvalidInputException;
import mx.parlamentoabierto.platform.PortalTime;
import mx.parlamentoabierto.platform.ResourceNotFoundException;
import mx.parlamentoabierto.scoring.domain.EvidenceLink;

/** What the work pages share: messages from the service's refusals, evidence as text lines, dates as people read them. */
final class WorkPages {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", new java.util.Locale("es", "MX"))
            .withZone(PortalTime.ZONE);

    private WorkPages() {
    }

    static String when(Instant at) {
        return at == null ? "" : WHEN.format(at);
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy", new java.util.Locale("es", "MX"));

    /** "7 de marzo de 2027". */
    static String day(java.time.LocalDate date) {
        return DAY.format(date);
    }

    static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** Runs an action of the service; its refusals (bad input, conflict, missing) become the message they carry. */
    static String attempt(Runnable action) {
        try {
            action.run();
            return null;
        } catch (InvalidInputException | ConflictException | ResourceNotFoundException e) {
            return e.getMessage();
        } catch (jakarta.persistence.OptimisticLockException | jakarta.persistence.RollbackException e) {
            return "Otra persona cambió este registro al mismo tiempo; recargue la página.";
        }
    }

    /** Evidence typed in the form: what is valid, and the lines kept as a draft with the reason each is not valid yet. */
    record TypedEvidence(List<EvidenceInput> valid, String draft, List<String> problems) {
    }

    private static final java.util.regex.Pattern HOST_WITHOUT_SCHEME = java.util.regex.Pattern.compile(
            "(?i)^(?:www\\.)?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+(?::\\d{1,5})?(?:[/?#]\\S*)?$");

    /**
     * Reads the evidence box: one line per evidence, {@code https://… label} or {@code doc:ID label}. An address typed
     * without its scheme ({@code www.congresoyucatan.gob.mx/…}) gets {@code https://}; any other line that is not valid
     * is kept, as typed, in the draft, with the reason — nothing typed is thrown away.
     */
    static TypedEvidence readEvidence(String text) {
        List<EvidenceInput> valid = new ArrayList<>();
        List<String> draft = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (text == null) {
            return new TypedEvidence(valid, null, problems);
        }
        int line = 0;
        for (String raw : text.split("\\R")) {
            line++;
            String s = raw.strip();
            if (s.isEmpty()) {
                continue;
            }
            int space = s.indexOf(' ');
            String target = space < 0 ? s : s.substring(0, space);
            String label = space < 0 ? null : s.substring(space + 1).strip();
            if (target.startsWith("doc:")) {
                try {
                    valid.add(new EvidenceInput(null, label, Long.parseLong(target.substring(4))));
                } catch (NumberFormatException e) {
                    draft.add(s);
                    problems.add("línea " + line + ": «" + target + "» no es doc:número");
                }
                continue;
            }
            if (!mx.parlamentoabierto.platform.HttpUrl.isHttp(target) && HOST_WITHOUT_SCHEME.matcher(target).matches()) {
                target = "https://" + target;
            }
            if (mx.parlamentoabierto.platform.HttpUrl.isHttp(target)) {
                valid.add(new EvidenceInput(target, label, null));
            } else {
                draft.add(s);
                problems.add("línea " + line + ": «" + target + "» " + mx.parlamentoabierto.platform.HttpUrl.problem(target).orElse("no es una dirección válida"));
            }
        }
        return new TypedEvidence(valid, draft.isEmpty() ? null : String.join("\n", draft), problems);
    }

    /** Text with its markup removed and its character references read: what a search highlight or title really says. */
    static String plainText(String html) {
        if (html == null) {
            return "";
        }
        String text = html.replaceAll("<[^>]*>", "");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("&(#x[0-9a-fA-F]+|#\\d+|amp|lt|gt|quot|apos|nbsp);").matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String c = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> " ";
                default -> new String(Character.toChars(e.startsWith("#x") ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1))));
            };
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(c));
        }
        m.appendTail(out);
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    /** One line per evidence ({@code https://… label}, {@code www.… label} or {@code doc:ID label}); any line that is not valid refuses all, naming each. */
    static List<EvidenceInput> parseEvidence(String text) {
        TypedEvidence typed = readEvidence(text);
        if (!typed.problems().isEmpty()) {
            throw new InvalidInputException("evidence", "Evidencia: " + String.join("; ", typed.problems()) + ".");
        }
        return typed.valid();
    }

    /** An evidence as a page links it: {@code href} only for an http(s) address or an archive document, else text. */
    public record Link(String href, String text) implements java.io.Serializable {
    }

    static List<Link> links(List<EvidenceLink> evidence) {
        List<Link> out = new ArrayList<>();
        for (EvidenceLink l : evidence) {
            out.add(link(l.url(), l.label(), l.documentId()));
        }
        return out;
    }

    /** The evidence of an objection, stored as JSON ({@code [{"url"|"documentId", "label"}]}). */
    static List<Link> links(String evidenceJson) {
        List<Link> out = new ArrayList<>();
        if (evidenceJson == null || evidenceJson.isBlank()) {
            return out;
        }
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(evidenceJson))) {
            for (jakarta.json.JsonValue v : reader.readArray()) {
                jakarta.json.JsonObject o = v.asJsonObject();
                out.add(link(o.getString("url", null), o.getString("label", null),
                        o.containsKey("documentId") ? o.getJsonNumber("documentId").longValue() : null));
            }
        } catch (RuntimeException e) {
            out.add(new Link(null, evidenceJson));
        }
        return out;
    }

    private static Link link(String url, String label, Long documentId) {
        if (documentId != null) {
            return new Link("/documento.xhtml?id=" + documentId, label == null || label.isBlank() ? "Documento " + documentId + " del archivo" : label);
        }
        String text = label == null || label.isBlank() ? url : label;
        return new Link(mx.parlamentoabierto.platform.HttpUrl.isHttp(url) ? url : null, text);
    }

    static String evidenceText(List<EvidenceLink> links) {
        StringBuilder s = new StringBuilder();
        for (EvidenceLink l : links) {
            s.append(l.documentId() != null ? "doc:" + l.documentId() : l.url());
            if (l.label() != null) {
                s.append(' ').append(l.label());
            }
            s.append('\n');
        }
        return s.toString();
    }

    static final int ARCHIVE_SUGGESTIONS = 8;

    /**
     * Documents of one legislature's archive whose text matches, as "doc:ID title" suggestions for an evidence field:
     * the title as plain text (no highlight markup, no character references), cut at a word. Nothing when search is
     * unavailable — the field still takes addresses typed by hand.
     */
    static List<String> archiveSuggestions(mx.parlamentoabierto.search.application.SearchAdmission archive, String legislature,
            String text) {
        if (text == null || text.strip().length() < 3) {
            return List.of();
        }
        try {
            return archive.documents(mx.parlamentoabierto.identity.interfaces.web.CurrentCaller.get(),
                    new mx.parlamentoabierto.search.domain.DocumentQuery(text.replace("*", ""), java.util.Set.of(legislature),
                            java.util.Set.of(), java.util.Optional.empty(), java.util.Optional.empty(), false, 1, ARCHIVE_SUGGESTIONS))
                    .hits().stream().map(h -> "doc:" + h.documentId() + " " + shortTitle(plainText(h.title()))).toList();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private static String shortTitle(String title) {
        if (title.length() <= 120) {
            return title;
        }
        int space = title.lastIndexOf(' ', 119);
        return title.substring(0, space > 60 ? space : 119) + "…";
    }
}
