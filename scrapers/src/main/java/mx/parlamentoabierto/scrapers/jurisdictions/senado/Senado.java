package mx.parlamentoabierto.scrapers.jurisdictions.senado;

import java.util.List;

import mx.parlamentoabierto.scrapers.spi.Jurisdiction;

/** The Senado de la República and the scrapers that read its sources. */
public final class Senado implements Jurisdiction {

    @Override
    public String id() {
        return "senado";
    }

    @Override
    public String name() {
        return "Senado de la República";
    }

    @Override
    public List<DeclaredScraper> scrapers() {
        return List.of(new DeclaredScraper(new DiarioRollCalls(),
                "Diario de los Debates, votaciones nominales (http://www.senado.gob.mx/index.php?ver=sp&mn=3)", "LVII–LXI"),
                new DeclaredScraper(new VotePdfRollCalls(), "votaciones nominales en PDF (http://www.senado.gob.mx/sgsp/gaceta/)", "LX–LXII"));
    }
}
