package mx.parlamentoabierto.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import mx.parlamentoabierto.methodology.domain.Aggregation;
import mx.parlamentoabierto.methodology.domain.Basis;
import mx.parlamentoabierto.methodology.domain.BasisKind;
import mx.parlamentoabierto.methodology.domain.Methodology;
import mx.parlamentoabierto.methodology.domain.Principle;
import mx.parlamentoabierto.methodology.domain.Scale;
import mx.parlamentoabierto.methodology.domain.ScaleKind;
import mx.parlamentoabierto.methodology.domain.Source;
import mx.parlamentoabierto.methodology.domain.Variable;

/** Small methodologies built in code for scoring tests. */
public final class MethodologyFixtures {

    public static final Scale BINARY = new Scale("binaria", ScaleKind.BINARY, 0, 1, Map.of(0, "No cumple", 1, "Cumple"));
    public static final Scale ORDINAL = new Scale("ordinal-0-4", ScaleKind.ORDINAL, 0, 4, Map.of());
    private static final Basis BASIS = new Basis(new Source("T", BasisKind.STANDARD, "Prueba", null), "1");

    private MethodologyFixtures() {
    }

    /** Principles with the given numbers of binary variables, weight 1 each. */
    public static Methodology binary(int... variablesPerPrinciple) {
        double[] weights = new double[variablesPerPrinciple.length];
        java.util.Arrays.fill(weights, 1.0);
        return withPrincipleWeights(variablesPerPrinciple, weights, BINARY);
    }

    public static Methodology withPrincipleWeights(int[] variablesPerPrinciple, double[] principleWeights, Scale scale) {
        List<Principle> principles = new ArrayList<>();
        for (int p = 0; p < variablesPerPrinciple.length; p++) {
            List<Variable> variables = new ArrayList<>();
            for (int v = 1; v <= variablesPerPrinciple[p]; v++) {
                variables.add(new Variable(String.format("P%d.%02d", p + 1, v), p + 1, "Variable " + v, "Evidencia", scale, 1.0, List.of(BASIS)));
            }
            principles.add(new Principle(p + 1, "Principio " + (p + 1), "Descripción", principleWeights[p], variables));
        }
        return new Methodology("prueba", "1", "Prueba", "", Aggregation.POOLED, principles);
    }

    public static Variable variable(String id, int principle, Scale scale, double weight) {
        return new Variable(id, principle, "Variable", "Evidencia", scale, weight, List.of(BASIS));
    }
}
