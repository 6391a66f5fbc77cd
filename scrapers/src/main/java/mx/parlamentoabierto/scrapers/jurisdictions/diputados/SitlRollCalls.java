package mx.parlamentoabierto.scrapers.jurisdictions.diputados;

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

import org.jsoup.parser.Parser;

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
import mx.parlamentoabierto.spanish.PageText;
import mx.parlamentoabierto.spanish.RomanNumerals;
import mx.parlamentoabierto.spanish.SpanishDates;
import mx.parlamentoabierto.spanish.SpanishVoteOptions;

/**
 * The SITL's roll-call pages ("Listado de Votaciones por Grupo Parlamentario"): one page per parliamentary group per
 * vote, each a table with one row per deputy (number, name linked by {@code iddipt}, sense of the vote) and the
 * group's printed totals. Harvesters save the groups of one vote together, each behind a marker line
 * ({@code emmPanVoteStart}) and under a few header lines of their own ({@code fch = }, {@code leg = }, the vote's
 * tag, the title); a page as the site serves it has none of that and is read the same way.
 *
 * <p>Read by the markup, not by these files: rows are the table rows that link a deputy, the sense is the row's
 * last cell, totals are the bold "Label: number" cells, the title and date come from the page's heading cell (or
 * the harvest header when the heading was cut). Every total is checked against the rows printed beside it.
 */
public final class SitlRollCalls implements Scraper {

    public static final String NAME = "diputados-votaciones";
    public static final String LEGISLATURE = "diputados";

    private static final Pattern MARKER = Pattern.compile("(?m)^emm([A-Za-z]+)VoteStart\\s*$");
    private static final Pattern PAGE_START = Pattern.compile("(?i)<!DOCTYPE|<html[\\s>]");
    private static final Pattern ROW = Pattern.compile("(?is)<tr\\b[^>]*>(.*?)</tr>");
    private static final Pattern CELL = Pattern.compile("(?is)<td\\b[^>]*>(.*?)</td>");
    private static final Pattern DEPUTY = Pattern.compile("(?is)<a\\b[^>]*href=\"[^\"]*[?&]iddipt=(\\d+)[^\"]*\"[^>]*>(.*?)</a>");
    private static final Pattern TOTAL = Pattern.compile("(?is)<b>\\s*([^<:]{2,40}?)\\s*:\\s*(\\d{1,4})\\s*</b>");
    private static final Pattern HEADING = Pattern.compile("(?is)class=\"?smallVerde\"?[^>]*>(.*?)</td>");
    private static final Pattern LISTING = Pattern.compile("(?is)(.*?)LISTADO DE VOTACI\\S*N\\s+DE LA SESI\\S*N DEL\\s+(\\S+)\\s*(.*)");
    private static final Pattern HEADER_FIELD = Pattern.compile("^(fch|leg)\\s*=\\s*(.*?)\\s*$");
    private static final Pattern HEADER_TAG = Pattern.compile("^\\S*-sil-(\\d+)$");
    private static final Pattern VOTE_NUMBER_IN_URL = Pattern.compile("[?&]votaciont=(\\d+)");
    private static final Pattern TERM_IN_URL = Pattern.compile("/([LXVI]+)_leg/");
    private static final Pattern NUMBER_IN_NAME = Pattern.compile("vot(\\d+)(?:\\.\\w+)?$");
    private static final Pattern TAGS = Pattern.compile("(?s)<[^>]*>");

    /** The groups' keys as the markers spell them → the key and name the chamber uses. */
    private static final Map<String, String[]> GROUPS = Map.ofEntries(
            Map.entry("PAN", new String[] {"PAN", "Partido Acción Nacional"}),
            Map.entry("PRI", new String[] {"PRI", "Partido Revolucionario Institucional"}),
            Map.entry("PRD", new String[] {"PRD", "Partido de la Revolución Democrática"}),
            Map.entry("PT", new String[] {"PT", "Partido del Trabajo"}),
            Map.entry("PVEM", new String[] {"PVEM", "Partido Verde Ecologista de México"}),
            Map.entry("CONVE", new String[] {"MC", "Movimiento Ciudadano"}),
            Map.entry("MC", new String[] {"MC", "Movimiento Ciudadano"}),
            Map.entry("PANAL", new String[] {"PANAL", "Partido Nueva Alianza"}),
            Map.entry("NA", new String[] {"PANAL", "Partido Nueva Alianza"}),
            Map.entry("MORENA", new String[] {"MORENA", "Movimiento Regeneración Nacional"}),
            Map.entry("PES", new String[] {"PES", "Encuentro Social"}),
            Map.entry("IND", new String[] {"IND", "Sin partido"}),
            Map.entry("SP", new String[] {"IND", "Sin partido"}));

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String legislatureId() {
        return LEGISLATURE;
    }

    @Override
    public Set<RecordKind> produces() {
        return Set.of(RecordKind.VOTE);
    }

    @Override
    public List<ScrapedRecord> read(Page page, ScrapeContext context) throws PageException {
        return List.of(readVoteEvent(page, context));
    }

    public ScrapedVoteEvent readVoteEvent(Page page, ScrapeContext context) throws PageException {
        String text = PageText.decode(page.content());
        if (text.isBlank()) {
            throw new PageException("el archivo está vacío (" + page.content().length + " bytes): no es una página de votación");
        }
        List<String> notes = new ArrayList<>();
        Header header = Header.read(text);
        List<Section> sections = sections(text);

        List<ScrapedVote> votes = new ArrayList<>();
        List<DeclaredCount> counts = new ArrayList<>();
        List<String> countProblems = new ArrayList<>();
        Map<String, String> groupNames = new LinkedHashMap<>();
        Heading heading = null;
        Map<String, Integer> unknownOptions = new LinkedHashMap<>();
        int unnamed = 0;
        for (Section section : sections) {
            Heading h = Heading.find(section.html);
            if (heading == null && h != null && !h.title.isEmpty()) {
                heading = h;
            }
            List<ScrapedVote> rows = rows(section, votes.size(), unknownOptions);
            List<DeclaredCount> totals = totals(section);
            boolean empty = rows.isEmpty() && totals.stream().allMatch(c -> c.value() == 0);
            if (empty) {
                continue;
            }
            if (section.group == null) {
                unnamed++;
            } else {
                groupNames.putIfAbsent(section.group, section.groupName);
            }
            String where = section.group == null ? "grupo sin nombre" : section.group;
            for (DeclaredCount total : totals) {
                int tally = total.tally(rows);
                if (tally != total.value()) {
                    countProblems.add(where + ", " + total.label() + ": la página dice " + total.value() + ", las filas suman " + tally);
                }
            }
            votes.addAll(rows);
            counts.addAll(totals);
        }
        if (votes.isEmpty()) {
            throw new PageException("no contiene ninguna fila de votación (una fila por diputado con su nombre enlazado por iddipt): "
                    + "no es una página de votación del SITL o llegó cortada");
        }
        if (unnamed > 0) {
            notes.add(unnamed + " grupo(s) sin marcador de grupo parlamentario: sus votos se guardan sin grupo");
        }
        unknownOptions.forEach((words, n) -> notes.add("sentido del voto desconocido '" + words + "' en " + n
                + " fila(s): guardado como 'other' con el texto original"));

        LocalDate date = date(page, header, heading, notes);
        String title = heading != null && !heading.title.isEmpty() ? heading.title : header.title;
        if (title == null || title.isBlank()) {
            throw new PageException("no se encontró el título de la votación (ni en el encabezado de la página ni en el del archivo)");
        }
        String term = term(page, context, header, notes);
        String identifier = identifier(page, header).orElseGet(() -> "f" + Integer.toHexString((date + "|" + title).hashCode()));
        URI source = page.sourceUrl();
        if (source == null) {
            source = URI.create("http://sitl.diputados.gob.mx/" + term + "_leg/listados_votacionesnp" + term.toLowerCase(Locale.ROOT)
                    + ".php?votaciont=" + identifier);
            notes.add("dirección de origen reconstruida con el periodo y el número de votación: " + source);
        }
        return new ScrapedVoteEvent(LEGISLATURE, term, identifier, date, title, heading == null ? null : heading.period, votes, counts,
                groupNames, countProblems, notes, new Provenance(source, page.retrievedAt(), page.name()));
    }

    private static LocalDate date(Page page, Header header, Heading heading, List<String> notes) throws PageException {
        Optional<LocalDate> fromPage = heading == null ? Optional.empty() : SpanishDates.find(heading.date);
        Optional<LocalDate> fromHeader = SpanishDates.find(header.date);
        if (fromPage.isPresent() && fromHeader.isPresent() && !fromPage.get().equals(fromHeader.get())) {
            notes.add("el encabezado del archivo dice fch = " + header.date + " pero la página dice " + fromPage.get() + ": se usa la de la página");
        }
        return fromPage.or(() -> fromHeader).orElseThrow(() -> new PageException(
                "no se encontró la fecha de la votación (\"LISTADO DE VOTACIÓN DE LA SESIÓN DEL …\" o una línea fch = del archivo)"));
    }

    private static String term(Page page, ScrapeContext context, Header header, List<String> notes) throws PageException {
        Optional<String> fromHeader = header.legislature == null ? Optional.empty()
                : Optional.of(header.legislature.strip()).flatMap(l -> l.matches("\\d{1,3}") ? Optional.of(RomanNumerals.of(Integer.parseInt(l)))
                        : RomanNumerals.value(l).map(RomanNumerals::of));
        Optional<String> fromUrl = Optional.ofNullable(page.sourceUrl()).map(u -> TERM_IN_URL.matcher(u.toString()))
                .filter(Matcher::find).map(m -> m.group(1));
        if (context.term().isPresent()) {
            String term = context.term().get().strip().toUpperCase(Locale.ROOT);
            fromHeader.filter(t -> !t.equals(term)).ifPresent(t -> notes.add("el encabezado del archivo dice leg = " + header.legislature
                    + " (" + t + "), pero se pidió " + term + ": se usa " + term));
            return term;
        }
        return fromUrl.or(() -> fromHeader).orElseThrow(() -> new PageException(
                "no se sabe a qué legislatura pertenece: indique --term (p. ej. LXII)"));
    }

    private static Optional<String> identifier(Page page, Header header) {
        if (page.sourceUrl() != null) {
            Matcher m = VOTE_NUMBER_IN_URL.matcher(page.sourceUrl().toString());
            if (m.find()) {
                return Optional.of(m.group(1));
            }
        }
        if (header.tag != null) {
            return Optional.of(header.tag);
        }
        Matcher m = NUMBER_IN_NAME.matcher(page.name());
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static List<ScrapedVote> rows(Section section, int before, Map<String, Integer> unknownOptions) {
        List<ScrapedVote> rows = new ArrayList<>();
        Matcher row = ROW.matcher(section.html);
        while (row.find()) {
            Matcher deputy = DEPUTY.matcher(row.group(1));
            if (!deputy.find()) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            Matcher cell = CELL.matcher(row.group(1));
            while (cell.find()) {
                cells.add(text(cell.group(1)));
            }
            if (cells.size() < 2) {
                continue;
            }
            String name = text(deputy.group(2));
            if (name.isEmpty()) {
                continue;
            }
            String raw = cells.get(cells.size() - 1);
            String option = SpanishVoteOptions.classify(raw).orElse(null);
            if (option == null) {
                unknownOptions.merge(raw, 1, Integer::sum);
                option = VoteOptions.OTHER;
            }
            rows.add(new ScrapedVote(before + rows.size() + 1, name, deputy.group(1), option, raw, section.group));
        }
        return rows;
    }

    private static List<DeclaredCount> totals(Section section) {
        List<DeclaredCount> totals = new ArrayList<>();
        Matcher m = TOTAL.matcher(section.html);
        while (m.find()) {
            String label = text(m.group(1));
            Set<String> options = countedOptions(label);
            if (options != null) {
                totals.add(new DeclaredCount(section.group, label, options, Integer.parseInt(m.group(2))));
            }
        }
        return totals;
    }

    /** What a printed total covers; null for a bold "label: number" that is not a total. */
    static Set<String> countedOptions(String label) {
        String l = label.toLowerCase(Locale.ROOT);
        if (l.equals("total")) {
            return VoteOptions.ALL;
        }
        if (l.startsWith("a favor")) {
            return Set.of(VoteOptions.YES);
        }
        if (l.startsWith("en contra")) {
            return Set.of(VoteOptions.NO);
        }
        if (l.startsWith("abstenci")) {
            return Set.of(VoteOptions.ABSTAIN);
        }
        if (l.startsWith("ausent") || l.startsWith("inasistencia")) {
            return Set.of(VoteOptions.ABSENT, VoteOptions.EXCUSED);
        }
        if (l.startsWith("sin sentido") || l.contains("asistencia") || l.startsWith("qu")) {
            return Set.of(VoteOptions.PRESENT, VoteOptions.NOT_VOTING, VoteOptions.PAIRED, VoteOptions.OTHER);
        }
        return null;
    }

    static String text(String html) {
        return Parser.unescapeEntities(TAGS.matcher(html).replaceAll(" "), false).replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }

    /** The page split by group: the harvest's markers, and any whole page (DOCTYPE/html) that follows without one. */
    static List<Section> sections(String text) {
        List<Section> sections = new ArrayList<>();
        Matcher marker = MARKER.matcher(text);
        int start = 0;
        String group = null;
        while (marker.find()) {
            addPages(sections, text.substring(start, marker.start()), group);
            group = marker.group(1);
            start = marker.end();
        }
        addPages(sections, text.substring(start), group);
        return sections;
    }

    private static void addPages(List<Section> sections, String piece, String markerGroup) {
        Matcher next = PAGE_START.matcher(piece);
        int start = 0;
        String group = markerGroup;
        while (next.find()) {
            if (next.start() > start && piece.substring(start, next.start()).toLowerCase(Locale.ROOT).contains("</html>")) {
                sections.add(Section.of(piece.substring(start, next.start()), group));
                start = next.start();
                group = null; // a whole page after the marked one, with no marker of its own
            }
        }
        sections.add(Section.of(piece.substring(start), group));
    }

    record Section(String html, String group, String groupName) {
        static Section of(String html, String markerGroup) {
            if (markerGroup == null) {
                return new Section(html, null, null);
            }
            String[] known = GROUPS.get(markerGroup.toUpperCase(Locale.ROOT));
            return known == null ? new Section(html, markerGroup.toUpperCase(Locale.ROOT), markerGroup.toUpperCase(Locale.ROOT))
                    : new Section(html, known[0], known[1]);
        }
    }

    /** The page's heading cell: the session period, the date after "LISTADO DE VOTACIÓN DE LA SESIÓN DEL", the motion's title. */
    record Heading(String period, String date, String title) {
        static Heading find(String html) {
            Matcher m = HEADING.matcher(html);
            while (m.find()) {
                Matcher listing = LISTING.matcher(text(m.group(1)));
                if (listing.matches()) {
                    return new Heading(listing.group(1).strip(), listing.group(2), listing.group(3).strip());
                }
            }
            return null;
        }
    }

    /** A harvester's lines above the page: {@code fch = 28-Septiembre-2012}, {@code leg = 62}, {@code yr1or1-sil-2}, the title. */
    record Header(String date, String legislature, String tag, String title) {
        static Header read(String text) {
            String date = null;
            String legislature = null;
            String tag = null;
            String title = null;
            for (String line : text.split("\n", 12)) {
                String l = line.strip();
                if (l.startsWith("<") || l.startsWith("emm")) {
                    break;
                }
                Matcher field = HEADER_FIELD.matcher(l);
                Matcher t = HEADER_TAG.matcher(l);
                if (field.matches()) {
                    if (field.group(1).equals("fch")) {
                        date = field.group(2);
                    } else {
                        legislature = field.group(2);
                    }
                } else if (t.matches()) {
                    tag = t.group(1);
                } else if (!l.isEmpty() && title == null && tag != null) {
                    title = text(l);
                }
            }
            return new Header(date, legislature, tag, title);
        }
    }
}
