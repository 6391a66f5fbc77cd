package mx.parlamentoabierto.scrapers.jurisdictions.senado;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mx.parlamentoabierto.scrapers.spi.DeclaredCount;
import mx.parlamentoabierto.scrapers.spi.Page;
import mx.parlamentoabierto.scrapers.spi.PageException;
import mx.parlamentoabierto.scrapers.spi.Provenance;
import mx.parlamentoabierto.scrapers.spi.RecordKind;
import mx.parlamentoabierto.scrapers.spi.ScrapeContext;
import mx.parlamentoabierto.scrapers.spi.ScrapedRecord;
import mx.parlamentoabierto.scrapers.spi.ScrapedVote;
import mx.parlamentoabierto.scrapers.spi.ScrapedVoteEvent;
import mx.parlamentoabierto.scrapers.spi.Scraper;
import mx.parlamentoabierto.scrapers.spi.VoteOptions;
import mx.parlamentoabierto.spanish.PersonNames;
import mx.parlamentoabierto.spanish.CongressTerms;
import mx.parlamentoabierto.spanish.SpanishText;
import mx.parlamentoabierto.spanish.SpanishVoteOptions;

/**
 * The Senado's vote PDFs (LX Legislatura on), read from the text the Tika workers extract: for each roll call the
 * motion's title, the date and time ({@code 12-12-2006  14:52}), the totals (EN PRO / EN CONTRA / ABSTENCIÓN), then one
 * line per senator with group and vote laid out in columns ({@code AGUILAR CORONADO HUMBERTO        PAN Sí}; the group
 * sometimes missing or run into the vote, {@code CONV.Sí}; columns separated by commas in 2007), the votes "fuera del sistema electrónico" kept and marked, a
 * list of attendance outside the system skipped. A file holds several roll calls; the legislature is the operator's
 * {@code --term} or, failing it, the one sitting on the date (the PDFs do not print it).
 */
public final class VotePdfRollCalls implements Scraper {

    private static final Pattern DATE_TIME = Pattern.compile("^(\\d{1,2})-(\\d{1,2})-(\\d{4})\\s+(\\d{1,2}):(\\d{2})\\b");
    private static final Pattern DECLARED = Pattern.compile("^(?iu)(en pro|en contra|abstenci[oó]n(?:es)?)\\s*:\\s*(\\d+)");
    private static final Pattern VOTE_AT_END = Pattern.compile("(?:^|[\\s.])(S[ií]|SI|NO|No|Abstenci[oó]n|ABSTENCI[OÓ]N)\\s*$");
    private static final Pattern GROUP_AT_END = Pattern.compile("^(.*?)(?:\\s{2,}|\\s+(?=(?:PAN|PRI|PRD|PT|PVEM|CONV|PANAL|NA|PNA|ASDC|IND|SG|MC)$))"
            + "([A-Z]{2,6})\\.?$");
    private static final Pattern NAME = Pattern.compile("^[A-ZÑÁÉÍÓÚÜ][A-ZÑÁÉÍÓÚÜ.' \\-]+$");

    @Override
    public String name() {
        return "senado-votaciones-pdf";
    }

    @Override
    public String legislatureId() {
        return "senado";
    }

    @Override
    public Set<RecordKind> produces() {
        return Set.of(RecordKind.VOTE);
    }

    @Override
    public boolean readsExtractedText() {
        return true;
    }

    /** A roll call as it is being read. */
    private static final class Reading {
        final String title;
        final LocalDate date;
        final LocalTime time;
        final Map<String, Integer> declared = new LinkedHashMap<>();
        final List<ScrapedVote> votes = new ArrayList<>();
        final Map<String, String> groups = new LinkedHashMap<>();
        final List<String> notes = new ArrayList<>();
        final Set<String> seen = new HashSet<>();
        boolean outside;
        boolean attendance;
        boolean listing;

        Reading(String title, LocalDate date, LocalTime time) {
            this.title = title;
            this.date = date;
            this.time = time;
        }
    }

    @Override
    public List<ScrapedRecord> read(Page page, ScrapeContext context) throws PageException {
        String text = new String(page.content(), StandardCharsets.UTF_8);
        List<Reading> readings = new ArrayList<>();
        List<String> title = new ArrayList<>();
        Reading current = null;
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher when = DATE_TIME.matcher(line);
            if (when.find()) {
                current = new Reading(String.join(" ", title).replaceAll("\\s+", " ").strip(), date(when), LocalTime.of(
                        Integer.parseInt(when.group(4)), Integer.parseInt(when.group(5))));
                readings.add(current);
                title.clear();
                continue;
            }
            if (current == null) {
                title.add(line);
                continue;
            }
            Matcher declared = DECLARED.matcher(line);
            String plain = SpanishText.plain(line);
            if (!current.listing && declared.find()) {
                current.declared.put(SpanishText.plain(declared.group(1)).substring(0, 5), Integer.parseInt(declared.group(2)));
            } else if (plain.contains("registrada conforme al sistema")) {
                current.listing = true;
            } else if (plain.contains("fuera del") && plain.contains("sistema")) {
                current.listing = true;
                current.outside = true;
                current.attendance = plain.startsWith("asistencia");
            } else if (vote(current, line)) {
                current.listing = true;
            } else if (current.attendance && NAME.matcher(line).matches()) {
                continue; // attendance recorded by hand: not a vote
            } else if (current.votes.isEmpty() && !current.listing) {
                current.notes.add("línea no reconocida antes de la lista: '" + line + "'");
            } else {
                title.add(line); // the next roll call's title begins
                current = null;
            }
        }
        List<ScrapedRecord> events = new ArrayList<>();
        Map<String, Integer> perTime = new LinkedHashMap<>();
        for (Reading r : readings) {
            if (r.votes.isEmpty()) {
                throw new PageException("la votación del " + r.date + " " + r.time + " (" + r.title + ") no tiene ninguna línea de senador y voto");
            }
            String key = r.date + "-" + String.format(Locale.ROOT, "%02d%02d", r.time.getHour(), r.time.getMinute());
            int n = perTime.merge(key, 1, Integer::sum);
            events.add(event(page, context, r, key + "-" + n));
        }
        if (events.isEmpty()) {
            throw new PageException("no es una votación del Senado en PDF: ninguna línea con fecha y hora ('12-12-2006  14:52') seguida de la "
                    + "lista de senadores");
        }
        return events;
    }

    private static LocalDate date(Matcher m) throws PageException {
        try {
            return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        } catch (java.time.DateTimeException e) {
            throw new PageException("fecha inválida: " + m.group());
        }
    }

    /** Reads a senator's line into the roll call; false when the line is not one. */
    private static boolean vote(Reading r, String printed) {
        // some years separate the columns with commas: "AGUILAR CORONADO HUMBERTO       ,PAN,Sí"
        String line = printed.replaceAll("\\s*,\\s*", "  ").strip();
        Matcher v = VOTE_AT_END.matcher(line);
        if (!v.find()) {
            return false;
        }
        String rest = line.substring(0, v.start(1)).replaceAll("[\\s.]+$", "").strip();
        String group = null;
        Matcher g = GROUP_AT_END.matcher(rest);
        if (g.matches() && g.group(1).strip().split(" ").length >= 2) {
            group = g.group(2);
            rest = g.group(1).strip();
        }
        if (!NAME.matcher(rest).matches() || rest.split("\\s+").length < 2) {
            return false;
        }
        String name = rest.replaceAll("\\s+", " ");
        if (!r.seen.add(PersonNames.key(name))) {
            r.notes.add(name + " aparece dos veces en la lista: se cuenta una vez");
            return true;
        }
        String raw = v.group(1).matches("(?i)s[ií]") ? "Sí" : v.group(1);
        String option = SpanishVoteOptions.classify(raw).orElse(VoteOptions.OTHER);
        if (r.outside) {
            raw = raw + " (fuera del sistema electrónico)";
        }
        if (group != null) {
            r.groups.put(group, DiarioRollCalls.GROUPS.getOrDefault(group, group));
        }
        r.votes.add(new ScrapedVote(r.votes.size() + 1, name, null, option, raw, group));
        return true;
    }

    private ScrapedVoteEvent event(Page page, ScrapeContext context, Reading r, String identifier) {
        List<String> notes = new ArrayList<>(r.notes);
        String term = context.term().orElse(null);
        String fromDate = CongressTerms.id(CongressTerms.containing(r.date));
        if (term == null) {
            term = fromDate;
            notes.add("legislatura deducida de la fecha: " + term);
        } else if (!term.equals(fromDate)) {
            notes.add("se indicó la legislatura " + term + " pero el " + r.date + " sesionaba la " + fromDate);
        }
        long outside = r.votes.stream().filter(v -> v.rawOption().contains("fuera del sistema")).count();
        if (outside > 0) {
            notes.add(outside + " voto(s) registrados fuera del sistema electrónico: se guardan y se marcan");
        }
        List<DeclaredCount> declared = new ArrayList<>();
        Optional.ofNullable(r.declared.get("en pr")).ifPresent(n -> declared.add(new DeclaredCount(null, "En pro", Set.of(VoteOptions.YES), n)));
        Optional.ofNullable(r.declared.get("en co")).ifPresent(n -> declared.add(new DeclaredCount(null, "En contra", Set.of(VoteOptions.NO), n)));
        Optional.ofNullable(r.declared.get("abste")).ifPresent(n -> declared.add(new DeclaredCount(null, "Abstención", Set.of(VoteOptions.ABSTAIN), n)));
        List<String> problems = new ArrayList<>();
        for (DeclaredCount c : declared) {
            int counted = c.tally(r.votes);
            if (counted != c.value()) {
                problems.add(c.label() + ": el PDF dice " + c.value() + ", la lista suma " + counted);
            }
        }
        // a figure the PDF leaves out is none (it prints only the options someone chose)
        for (String[] option : new String[][] {{"en pr", "En pro", VoteOptions.YES}, {"en co", "En contra", VoteOptions.NO},
                {"abste", "Abstención", VoteOptions.ABSTAIN}}) {
            long listed = r.votes.stream().filter(v -> v.option().equals(option[2])).count();
            if (!r.declared.containsKey(option[0]) && listed > 0 && !r.declared.isEmpty()) {
                problems.add(option[1] + ": el PDF no da cifra, la lista suma " + listed);
            }
        }
        URI source = page.sourceUrl();
        if (source == null) {
            source = URI.create("http://www.senado.gob.mx/sgsp/gaceta/votaciones/" + page.name().replaceAll("[^A-Za-z0-9._-]", "_"));
            notes.add("dirección de origen reconstruida con el nombre del archivo: " + source);
        }
        String title = r.title.isBlank() ? "Votación nominal del " + r.date + " a las " + r.time : r.title;
        return new ScrapedVoteEvent(legislatureId(), term, identifier, r.date, title.length() > 480 ? title.substring(0, 479) + "…" : title,
                null, r.votes, declared, r.groups, problems, notes, new Provenance(source, page.retrievedAt(), page.name()));
    }
}
