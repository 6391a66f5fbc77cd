package mx.parlamentoabierto.scrapers.spi;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/** The jurisdictions on the class path and the scrapers they declare. */
public final class Scrapers {

    private Scrapers() {
    }

    public static List<Jurisdiction> jurisdictions() {
        return ServiceLoader.load(Jurisdiction.class, Scrapers.class.getClassLoader()).stream().map(ServiceLoader.Provider::get)
                .sorted(Comparator.comparing(Jurisdiction::id)).toList();
    }

    public static List<Scraper> all() {
        return jurisdictions().stream().flatMap(j -> j.scrapers().stream()).map(Jurisdiction.DeclaredScraper::scraper).toList();
    }

    public static Optional<Scraper> byName(String name) {
        return all().stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** What {@code ./parlamento scrape --list} prints: each jurisdiction and its scrapers, one line each. */
    public static void print(PrintStream out) {
        for (Jurisdiction j : jurisdictions()) {
            out.println(j.id() + " — " + j.name());
            for (Jurisdiction.DeclaredScraper d : j.scrapers()) {
                out.println("  " + d.scraper().name() + "  [" + d.scraper().produces().stream().map(k -> k.name().toLowerCase(java.util.Locale.ROOT))
                        .sorted().collect(Collectors.joining(", ")) + "]  legislaturas " + d.terms());
                out.println("      fuente: " + d.source());
            }
        }
    }

    public static void main(String[] args) {
        print(System.out);
    }
}
