package mx.parlamentoabierto.scrapers.spi;

import java.util.List;

/**
 * A legislature whose sources are read by scrapers, as in Open States: each jurisdiction package declares one of
 * these (registered in {@code META-INF/services/mx.parlamentoabierto.scrapers.spi.Jurisdiction}) naming every scraper
 * it has, where each reads from and which terms it covers. {@link Scrapers} finds scrapers only through these.
 */
public interface Jurisdiction {

    /** The legislature's stable id in the registry ({@code config/legislatures.json}), e.g. {@code diputados}. */
    String id();

    /** Its name as people know it. */
    String name();

    List<DeclaredScraper> scrapers();

    /**
     * One scraper of the jurisdiction: the scraper, the source it reads (the site or publication, with its address),
     * and the legislative terms it is known to read ("LX–LXII"), so an operator knows what to give it.
     */
    record DeclaredScraper(Scraper scraper, String source, String terms) {

        public DeclaredScraper {
            if (scraper == null || source == null || source.isBlank() || terms == null || terms.isBlank()) {
                throw new IllegalArgumentException("a declared scraper names its source and the terms it reads");
            }
        }
    }
}
