package mx.parlamentoabierto.scrapers.jurisdictions.senado;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
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
import mx.parlamentoabierto.spanish.RomanNumerals;
import mx.parlamentoabierto.spanish.SpanishDates;
import mx.parlamentoabierto.spanish.SpanishText;
import mx.parlamentoabierto.spanish.SpanishVoteOptions;

/**
 * The Senado's roll calls in the Diario de los Debates (HTML, 1997–2012). The page header gives legislature, year,
 * Diario number, period and date ("Legislatura : LIX Año : II / Diario : 9 / Periodo : … / Fecha : Feb 24, 2005");
 * every "VOTACIÓN REGISTRADA CONFORME AL SISTEMA ELECTRÓNICO" list on the page is one roll call ({@link RollCallList}),
 * titled by the motion's heading above it, checked against the result the Secretaría announces after it ("se emitieron
 * 78 votos a favor y uno en contra"). Most Diario pages hold no roll call: such a page yields no record and is reported
 * as such, not as an error.
 */
public final class DiarioRollCalls implements Scraper {

    static final Map<String, String> GROUPS = Map.of("PRI", "Partido Revolucionario Institucional", "PAN", "Partido Acción Nacional",
            "PRD", "Partido de la Revolución Democrática", "PVEM", "Partido Verde Ecologista de México", "PT", "Partido del Trabajo",
            "CONV", "Convergencia", "IND", "Sin partido", "PANAL", "Nueva Alianza", "MC", "Movimiento Ciudadano", "MORENA", "Morena");
    private static final Pattern LEGISLATURE = Pattern.compile("(?i)legislatura\\s*:\\s*([LXVI]+)\\b");
    private static final Pattern YEAR = Pattern.compile("(?i)a(?:ñ|n|\\?)o\\s*:\\s*([IVX]+)\\b");
    private static final Pattern DIARIO = Pattern.compile("(?i)^diario\\s*:\\s*(\\d+)");
    private static final Pattern PERIOD = Pattern.compile("(?i)^periodo\\s*:\\s*(.+)$");
    private static final Pattern DATE = Pattern.compile("(?i)^fecha\\s*:\\s*(.+)$");

    @Override
    public String name() {
        return "senado-diario";
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
    public boolean pagesMayHoldNone() {
        return true;
    }

    @Override
    public List<ScrapedRecord> read(Page page, ScrapeContext context) throws PageException {
        List<String> tokens = HtmlTokens.of(page.content());
        Header header = header(page, tokens, context);
        List<ScrapedRecord> events = new ArrayList<>();
        int previousEnd = header.end;
        String previousTitle = null;
        for (int i = header.end; i < tokens.size(); i++) {
            if (!RollCallList.isHeading(tokens.get(i))) {
                continue;
            }
            RollCallList list = RollCallList.at(tokens, i);
            int number = events.size() + 1;
            // a second roll call on the same motion (in general, then an article reserved) has no heading of its own
            String title = MotionTitle.before(tokens, previousEnd, i)
                    .orElse(previousTitle != null ? previousTitle : "Votación nominal del Diario " + header.diario);
            if (title.equals(previousTitle)) {
                title = title + " (votación " + number + " de la página)";
            } else {
                previousTitle = title;
            }
            events.add(event(page, header, number, title, list, AnnouncedResult.after(tokens, list.end)));
            previousEnd = list.end;
            i = list.end - 1;
        }
        return events;
    }

    private ScrapedVoteEvent event(Page page, Header header, int number, String title, RollCallList list, Optional<AnnouncedResult> announced)
            throws PageException {
        List<String> notes = new ArrayList<>(header.notes);
        notes.addAll(list.notes);
        List<ScrapedVote> votes = new ArrayList<>();
        Map<String, String> groupNames = new LinkedHashMap<>();
        int outside = 0;
        for (RollCallList.Line line : list.lines) {
            String raw = line.vote().matches("(?i)s[ií?]") ? "Sí" : line.vote();
            String option = SpanishVoteOptions.classify(raw).orElse(VoteOptions.OTHER);
            if (option.equals(VoteOptions.OTHER)) {
                notes.add("sentido del voto desconocido '" + line.vote() + "' de " + line.name());
            }
            if (line.outsideSystem()) {
                outside++;
                raw = raw + " (fuera del sistema electrónico)";
            }
            if (line.group() != null) {
                groupNames.put(line.group(), GROUPS.getOrDefault(line.group(), line.group()));
            }
            votes.add(new ScrapedVote(votes.size() + 1, line.name(), null, option, raw, line.group()));
        }
        if (votes.isEmpty()) {
            throw new PageException("la votación " + number + " (" + title + ") no tiene ninguna línea legible de senador, grupo y voto");
        }
        if (outside > 0) {
            notes.add(outside + " voto(s) registrados fuera del sistema electrónico: se guardan y se marcan");
        }
        List<DeclaredCount> declared = announced.map(AnnouncedResult::counts).orElse(List.of());
        List<String> problems = new ArrayList<>();
        for (DeclaredCount c : declared) {
            int counted = c.tally(votes);
            if (counted != c.value()) {
                problems.add(c.label() + ": la Secretaría anunció " + c.value() + ", la lista suma " + counted);
            }
        }
        if (announced.isEmpty()) {
            notes.add("no se encontró el resultado anunciado por la Secretaría después de la lista");
        }
        // a Diario spans many pages, each with its own number on the site (the saved file's name): the page tells roll calls apart
        String pageId = page.name().replaceFirst("\\.[A-Za-z0-9]+$", "").replaceAll("[^A-Za-z0-9-]", "-");
        String identifier = header.date + "-d" + header.diario + "-p" + pageId + "-" + number;
        URI source = page.sourceUrl();
        if (source == null) {
            source = URI.create("http://www.senado.gob.mx/index.php?ver=sp&mn=3&sm=2&lg=" + header.term + "&id=" + header.diario + "&f="
                    + header.date + "#" + page.name().replaceAll("[^A-Za-z0-9._-]", "_"));
            notes.add("dirección de origen reconstruida con la legislatura, el Diario y la fecha: " + source);
        }
        return new ScrapedVoteEvent(legislatureId(), header.term, identifier, header.date, title, header.period, votes, declared, groupNames,
                problems, notes, new Provenance(source, page.retrievedAt(), page.name()));
    }

    /** What the page's header says. */
    private record Header(String term, String year, String diario, String period, LocalDate date, List<String> notes, int end) {
    }

    private static Header header(Page page, List<String> tokens, ScrapeContext context) throws PageException {
        String term = null;
        String year = null;
        String diario = null;
        String period = null;
        LocalDate date = null;
        int end = 0;
        for (int i = 0; i < tokens.size() && date == null; i++) {
            String t = tokens.get(i);
            Matcher m = LEGISLATURE.matcher(t);
            if (m.find() && RomanNumerals.value(m.group(1)).isPresent()) {
                term = m.group(1).toUpperCase(Locale.ROOT);
                Matcher y = YEAR.matcher(t);
                year = y.find() ? y.group(1) : year;
            }
            Matcher d = DIARIO.matcher(t);
            if (term != null && d.find()) {
                diario = d.group(1);
            }
            Matcher p = PERIOD.matcher(t);
            if (term != null && p.find()) {
                period = p.group(1).strip();
            }
            Matcher f = DATE.matcher(t);
            if (term != null && f.find()) {
                date = SpanishDates.find(f.group(1)).orElseThrow(() -> new PageException("la fecha del encabezado ('" + t + "') no se entiende"));
                end = i + 1;
            }
        }
        List<String> notes = new ArrayList<>();
        Optional<String> asked = context.term();
        if (term == null && asked.isEmpty()) {
            throw new PageException("no es una página del Diario de los Debates del Senado: falta el encabezado 'Legislatura : … / Fecha : …' "
                    + "(o indique --term)");
        }
        if (date == null) {
            throw new PageException("el encabezado no dice la fecha ('Fecha : Feb 24, 2005')");
        }
        if (term != null && asked.isPresent() && !asked.get().equals(term)) {
            notes.add("se pidió la legislatura " + asked.get() + " pero la página dice " + term + ": se usa la de la página");
        }
        String period1 = period == null ? null : (year == null ? "" : "Año " + year + ", ") + period;
        return new Header(term != null ? term : asked.get(), year, diario == null ? "s/n" : diario, period1, date, notes, end);
    }

    /** The heading of the motion a roll call decides: the last heading in capitals between the previous list and this one. */
    static final class MotionTitle {

        private MotionTitle() {
        }

        static Optional<String> before(List<String> tokens, int from, int heading) {
            List<int[]> runs = new ArrayList<>();
            for (int i = from; i < heading; i++) {
                if (isHeading(tokens.get(i))) {
                    int first = i;
                    while (i + 1 < heading && isHeading(tokens.get(i + 1))) {
                        i++;
                    }
                    runs.add(new int[] {first, i});
                }
            }
            // the last heading that names a motion; failing that, the last heading
            int[] chosen = null;
            for (int[] run : runs) {
                if (MOTION.matcher(SpanishText.plain(tokens.get(run[0]))).find()) {
                    chosen = run;
                }
            }
            if (chosen == null && !runs.isEmpty()) {
                chosen = runs.get(runs.size() - 1);
            }
            if (chosen == null) {
                return Optional.empty();
            }
            String title = String.join(" ", tokens.subList(chosen[0], chosen[1] + 1)).replaceAll("\\s+", " ").strip();
            return Optional.of(title.length() > 480 ? title.substring(0, 479) + "…" : title);
        }

        /** The words a motion's heading starts with. */
        private static final Pattern MOTION = Pattern.compile("^\\W*(proyecto|dictamen|decreto|iniciativa|minuta|ley |punto de acuerdo|acuerdo|"
                + "de las? comisi|de la comision|nombramiento|ratificacion|permiso|solicitud|propuesta|reforma|por el que|que reforma|"
                + "que adiciona|que expide|tratado|convenio|protocolo|convencion|estatuto)");

        /** Three words or more, nearly all in capitals, not a list heading or a speaker's line. */
        private static boolean isHeading(String token) {
            String plain = SpanishText.plain(token);
            // the session's headings ("PRESIDENCIA DEL C. SENADOR …") are not motions
            if (token.startsWith("-") || plain.contains("votacion registrada") || plain.startsWith("presidencia")) {
                return false;
            }
            long letters = token.chars().filter(Character::isLetter).count();
            long upper = token.chars().filter(Character::isUpperCase).count();
            return token.split(" ").length >= 3 && letters >= 12 && upper >= 0.8 * letters;
        }
    }
}
