package mx.parlamentoabierto.scrapers.jurisdictions.diputados;

import java.util.List;

import mx.parlamentoabierto.scrapers.spi.Jurisdiction;

/** The Cámara de Diputados del Congreso de la Unión and the scrapers that read its sources. */
public final class Diputados implements Jurisdiction {

    @Override
    public String id() {
        return "diputados";
    }

    @Override
    public String name() {
        return "Cámara de Diputados";
    }

    @Override
    public List<DeclaredScraper> scrapers() {
        return List.of(new DeclaredScraper(new SitlRollCalls(),
                "SITL, listados de votaciones por grupo parlamentario (http://sitl.diputados.gob.mx/)", "LXII"),
                new DeclaredScraper(new StenographicVersions(),
                        "Crónica Parlamentaria, versiones estenográficas de las sesiones (http://cronica.diputados.gob.mx/)", "LX–LXIV"),
                new DeclaredScraper(new DiarioDebates(), "Diario de los Debates en PDF, texto por los trabajadores de extracción "
                        + "(http://cronica.diputados.gob.mx/)", "LX–LXIV"),
                new DeclaredScraper(new AkomaNtosoDebates(), "debates de la Cámara marcados en Akoma Ntoso (<debate>, speech by=#persona)", "LXI"));
    }
}
