package mx.parlamentoabierto.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import mx.parlamentoabierto.legislature.domain.Legislature;
import mx.parlamentoabierto.methodology.domain.Methodology;
import mx.parlamentoabierto.methodology.domain.Principle;
import mx.parlamentoabierto.methodology.domain.Variable;
import mx.parlamentoabierto.platform.persistence.UnitOfWork;
import mx.parlamentoabierto.scoring.application.AnswerService;
import mx.parlamentoabierto.scoring.application.AnswerService.AnswerInput;
import mx.parlamentoabierto.scoring.application.RankingService;
import mx.parlamentoabierto.scoring.domain.Edition;
import mx.parlamentoabierto.scoring.domain.EvidenceLink;

/**
 * Generates the demonstration edition. Every value is a pure function of (legislature id, variable id), so
 * two installs show the same demo. The chance that a variable is met follows the published 2014 national
 * average of its principle, shifted by a per-legislature propensity, so the demo looks like the real
 * distribution without claiming to be it.
 */
@ApplicationScoped
public class DemoEditionGenerator {

    public static final String DEMO_EDITION_ID = "demostracion-2026";
    static final String JUSTIFICATION = "Dato de demostración generado automáticamente; no es una evaluación real.";

    /** 2014 national averages per principle (reference: Diagnóstico 2014); unknown ones at 35%. */
    private static final Map<Integer, Double> PRINCIPLE_BASELINE = Map.of(
            1, 0.841, 2, 0.35, 3, 0.58, 4, 0.235, 5, 0.40, 6, 0.45, 7, 0.05, 8, 0.60, 9, 0.16, 10, 0.10);

    private AnswerService answers;
    private RankingService rankings;

    protected DemoEditionGenerator() {
        // CDI proxy
    }

    @Inject
    public DemoEditionGenerator(AnswerService answers, RankingService rankings) {
        this.answers = answers;
        this.rankings = rankings;
    }

    /** Creates the demonstration edition once, edition and answers in one transaction; does nothing when it exists. */
    @UnitOfWork
    public boolean generateIfMissing(Methodology methodology, List<Legislature> legislatures) {
        return generateInTransaction(methodology, legislatures);
    }

    private boolean generateInTransaction(Methodology methodology, List<Legislature> legislatures) {
        if (rankings.edition(DEMO_EDITION_ID).isPresent()) {
            return false;
        }
        answers.createEdition(new Edition(DEMO_EDITION_ID, "Edición de demostración 2026", 2026, methodology.key(), true, Instant.now()));
        List<AnswerInput> inputs = new ArrayList<>();
        for (Legislature legislature : legislatures) {
            double propensity = unit(legislature.id(), "propensity");
            for (Principle principle : methodology.principles()) {
                double baseline = PRINCIPLE_BASELINE.getOrDefault(principle.number(), 0.35);
                double chance = Math.max(0.02, Math.min(0.98, baseline * (0.4 + 1.2 * propensity)));
                for (Variable variable : principle.variables()) {
                    int value = valueFor(variable, unit(legislature.id(), variable.id()), chance);
                    List<EvidenceLink> evidence = legislature.website() == null ? List.of()
                            : List.of(new EvidenceLink(legislature.website(), "Sitio oficial (demostración)", null, null));
                    inputs.add(new AnswerInput(legislature.id(), variable.id(), value, JUSTIFICATION, evidence));
                }
            }
        }
        answers.record(DEMO_EDITION_ID, inputs);
        return true;
    }

    private static int valueFor(Variable variable, double draw, double chance) {
        int min = variable.scale().min();
        int max = variable.scale().max();
        if (max - min == 1) {
            return draw < chance ? max : min;
        }
        return min + (int) Math.min(max - min, Math.floor(draw * chance * 2 * (max - min + 1)));
    }

    /** A number in [0, 1) fixed by its inputs. */
    static double unit(String a, String b) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((a + "|" + b).getBytes(StandardCharsets.UTF_8));
            long bits = 0;
            for (int i = 0; i < 7; i++) {
                bits = (bits << 8) | (digest[i] & 0xff);
            }
            return (bits >>> 3) / (double) (1L << 53);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
