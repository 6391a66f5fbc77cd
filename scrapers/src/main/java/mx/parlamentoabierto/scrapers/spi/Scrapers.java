package mx.parlamentoabierto.scrapers.spi;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/** The scrapers on the class path, registered in {@code META-INF/services/mx.parlamentoabierto.scrapers.spi.Scraper}. */
public final class Scrapers {

    private Scrapers() {
    }

    public static List<Scraper> all() {
        return ServiceLoader.load(Scraper.class, Scrapers.class.getClassLoader()).stream().map(ServiceLoader.Provider::get).toList();
    }

    public static Optional<Scraper> byName(String name) {
        return all().stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
