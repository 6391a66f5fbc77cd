package mx.parlamentoabierto.legislator.domain;

import java.util.Locale;
import java.util.Set;

/**
 * Which of a legislator's e-mail addresses the portal may keep and publish: an institutional one (a government's or a
 * legislature's domain — {@code congreso.gob.mx}, {@code senado.gob.mx}, {@code parliament.uk}, {@code camara.leg.br}),
 * never a personal one ({@code gmail.com}), which sources sometimes carry and which the portal does not publish
 * (personal data are never exposed). Decided by the domain's labels, so it holds for any parliament.
 */
public final class InstitutionalEmail {

    private static final Set<String> PUBLIC_LABELS = Set.of("gob", "gov", "gouv", "govt", "gv", "leg", "parliament", "parlament", "parlamento",
            "parlement", "congreso", "congress", "senado", "senate", "senat", "assembly", "asamblea", "assemblee", "camara", "diputados",
            "bundestag", "riksdag", "storting", "folketing", "eduskunta", "europarl", "cortes", "legislatura", "legislature");

    private InstitutionalEmail() {
    }

    /** The address when its domain is institutional, otherwise null. */
    public static String keep(String address) {
        if (address == null) {
            return null;
        }
        int at = address.lastIndexOf('@');
        if (at < 0) {
            return null;
        }
        for (String label : address.substring(at + 1).toLowerCase(Locale.ROOT).split("[.\\-]")) {
            if (PUBLIC_LABELS.contains(label)) {
                return address;
            }
        }
        return null;
    }
}
