package mx.parlamentoabierto.methodology.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import mx.parlamentoabierto.methodology.domain.Aggregation;
import mx.parlamentoabierto.methodology.domain.Methodology;
import mx.parlamentoabierto.methodology.domain.Variable;
import mx.parlamentoabierto.platform.json.InvalidDataFileException;

/** The shipped methodology is valid, and every kind of mistake in a file is reported with file, path and problem. */
class MethodologyFileTest {

    private static final Path SHIPPED = Path.of(System.getProperty("parlamento.config.dir", "../config"),
            "methodologies", "parlamento-abierto-mx-2026.1.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theShippedMethodologyHasTenPrinciplesAnd95VariablesEachWithABasis() {
        Methodology m = MethodologyFile.read(SHIPPED).methodology();
        assertEquals(10, m.principles().size());
        assertEquals(95, m.variables().size());
        assertEquals(Aggregation.POOLED, m.defaultAggregation());
        for (Variable v : m.variables()) {
            assertTrue(v.basis().size() >= 2, v.id() + " cites its principle and at least one law or declaration provision");
        }
    }

    @Test
    void anUnknownScaleNamesTheVariablePath() {
        InvalidDataFileException e = invalid(root -> variable(root, 2, 4).put("scale", "binary"));
        assertEquals("$.principles[2].variables[4].scale", e.location());
        assertTrue(e.problem().contains("escala desconocida 'binary'"), e.problem());
        assertTrue(e.getMessage().startsWith("metodologia-de-prueba.json: "), e.getMessage());
    }

    @Test
    void aDuplicateVariableIdIsRejected() {
        InvalidDataFileException e = invalid(root -> variable(root, 0, 1).put("id", "P1.01"));
        assertEquals("$.principles[0].variables[1].id", e.location());
        assertTrue(e.problem().contains("repetido"));
    }

    @Test
    void aVariableIdOutsideItsPrincipleIsRejected() {
        InvalidDataFileException e = invalid(root -> variable(root, 3, 0).put("id", "P5.99"));
        assertEquals("$.principles[3].variables[0].id", e.location());
    }

    @Test
    void aVariableWithoutBasisIsRejected() {
        InvalidDataFileException e = invalid(root -> variable(root, 6, 2).putArray("basis"));
        assertEquals("$.principles[6].variables[2].basis", e.location());
        assertTrue(e.problem().contains("al menos 1"));
    }

    @Test
    void aBasisCitingAnUnknownSourceIsRejected() {
        InvalidDataFileException e = invalid(root -> ((ObjectNode) variable(root, 1, 0).withArray("basis").get(0)).put("source", "LGTAIP-2015"));
        assertEquals("$.principles[1].variables[0].basis[0].source", e.location());
    }

    @Test
    void principlesMustBeNumberedInOrder() {
        InvalidDataFileException e = invalid(root -> ((ObjectNode) root.withArray("principles").get(4)).put("number", 7));
        assertEquals("$.principles[4].number", e.location());
    }

    @Test
    void aMisspelledFieldIsAnErrorNotSilentlyIgnored() {
        InvalidDataFileException e = invalid(root -> variable(root, 0, 0).put("evidencia", "x"));
        assertEquals("$.principles[0].variables[0].evidencia", e.location());
        assertTrue(e.problem().contains("campo desconocido"));
    }

    @Test
    void aNonPositiveWeightIsRejected() {
        InvalidDataFileException e = invalid(root -> variable(root, 0, 0).put("weight", 0));
        assertEquals("$.principles[0].variables[0].weight", e.location());
    }

    @Test
    void anUnknownAggregationIsRejected() {
        InvalidDataFileException e = invalid(root -> root.put("defaultAggregation", "median"));
        assertEquals("$.defaultAggregation", e.location());
    }

    @Test
    void malformedJsonReportsLineAndColumn() {
        InvalidDataFileException e = assertThrows(InvalidDataFileException.class,
                () -> MethodologyFile.parse("roto.json", "{\n  \"id\": \"x\",\n  \"version\": \n}".getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.location().startsWith("línea 4"), e.location());
        assertTrue(e.problem().startsWith("JSON mal formado"));
    }

    @Test
    void anOrdinalScaleWithWeightsIsAccepted() throws Exception {
        ObjectNode root = shipped();
        variable(root, 0, 0).put("scale", "ordinal-0-4").put("weight", 2.5);
        Methodology m = MethodologyFile.parse("x.json", JSON.writeValueAsBytes(root));
        Variable v = m.variable("P1.01").orElseThrow();
        assertEquals(4, v.scale().max());
        assertEquals(2.5, v.weight());
    }

    private static InvalidDataFileException invalid(Consumer<ObjectNode> breakIt) {
        ObjectNode root = shipped();
        breakIt.accept(root);
        return assertThrows(InvalidDataFileException.class, () -> MethodologyFile.parse("metodologia-de-prueba.json", JSON.writeValueAsBytes(root)));
    }

    private static ObjectNode variable(ObjectNode root, int principle, int variable) {
        ArrayNode variables = (ArrayNode) root.withArray("principles").get(principle).get("variables");
        return (ObjectNode) variables.get(variable);
    }

    private static ObjectNode shipped() {
        try {
            return (ObjectNode) JSON.readTree(Files.readAllBytes(SHIPPED));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
