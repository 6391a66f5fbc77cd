package mx.parlamentoabierto.methodology.domain;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One thing evaluated about a legislature ({@code P3.07}: "publica la votación nominal de cada legislador").
 *
 * @param id       {@code P<principle>.<two digits>}
 * @param text     the question, in Spanish
 * @param evidence what counts as evidence that it is met
 * @param scale    the values an answer may take
 * @param weight   relative weight inside its principle and in the pooled score (1 by default)
 * @param basis    why it is asked: at least one citation
 */
public record Variable(String id, int principle, String text, String evidence, Scale scale, double weight, List<Basis> basis) {

    public static final Pattern ID_PATTERN = Pattern.compile("P(\\d{1,2})\\.(\\d{2})");

    public Variable {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(scale, "scale");
        var matcher = ID_PATTERN.matcher(id);
        if (!matcher.matches() || Integer.parseInt(matcher.group(1)) != principle) {
            throw new IllegalArgumentException("variable id " + id + " must be P" + principle + ".NN");
        }
        if (!(weight > 0)) {
            throw new IllegalArgumentException("weight must be positive");
        }
        basis = List.copyOf(basis);
        if (basis.isEmpty()) {
            throw new IllegalArgumentException("variable " + id + " needs a basis");
        }
    }
}
