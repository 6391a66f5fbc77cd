package mx.parlamentoabierto.budget.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import mx.parlamentoabierto.budget.domain.BudgetFigure;
import mx.parlamentoabierto.budget.domain.BudgetFile;
import mx.parlamentoabierto.budget.domain.BudgetStage;
import mx.parlamentoabierto.budget.domain.EconomicClass;
import mx.parlamentoabierto.document.application.Spreadsheet;
import mx.parlamentoabierto.platform.json.InvalidDataFileException;

/**
 * The Cuenta Pública layout read from cells written here in the publication's shape (title, two header rows, the
 * hierarchy by column, a row per stage): what is taken, and every way a sheet is refused with its place named. The real
 * 2021 and 2022 files are read in {@code BudgetPersistenceIT}.
 */
class CuentaPublicaLayoutTest {

    /** Cells of one sheet, in the worker's {@code cells.tsv} form. */
    private static final class Sheet {
        final List<String> lines = new ArrayList<>(List.of("S\t0\tHoja1"));
        int row;

        Sheet text(int r, int c, String text) {
            lines.add("C\t" + r + "\t" + c + "\tT\t" + text);
            return this;
        }

        /** A stage row: the eight classes; the two sums and the total computed unless given. */
        Sheet stage(String label, long ps, long op, long sub, long other, long pensions, long physical, long invSub, long invOther, Long total) {
            int r = row++;
            text(r, 6, label);
            long[] values = {ps, op, sub, other, ps + op + sub + other, pensions, physical, invSub, invOther, physical + invSub + invOther};
            for (int i = 0; i < values.length; i++) {
                lines.add("C\t" + r + "\t" + (7 + i) + "\tN\t" + values[i]);
            }
            long sum = ps + op + sub + other + pensions + physical + invSub + invOther;
            lines.add("C\t" + r + "\t17\tN\t" + (total == null ? sum : total));
            return this;
        }

        Sheet label(int column, String text) {
            return text(row++, column, text);
        }

        Sheet programme(String code, String name) {
            int r = row++;
            return text(r, 5, code).text(r, 6, name);
        }

        Spreadsheet build() {
            return Spreadsheet.parse(lines);
        }
    }

    /** The publication's title and header rows; the hierarchy starts at row 9. */
    private static Sheet header(String title) {
        Sheet s = new Sheet();
        s.text(1, 1, title).text(6, 1, "ENTE / RAMO").text(6, 5, "PROGRAMA").text(6, 6, "DENOMINACIÓN2/").text(6, 7, "GASTO CORRIENTE")
                .text(6, 12, "PENSIONES Y JUBILACIONES").text(6, 13, "GASTO DE INVERSIÓN").text(6, 17, "TOTAL")
                .text(7, 7, "SERVICIOS PERSONALES").text(7, 8, "GASTO DE OPERACIÓN").text(7, 9, "SUBSIDIOS").text(7, 10, "OTROS DE CORRIENTE")
                .text(7, 11, "SUMA").text(7, 13, "INVERSIÓN FÍSICA").text(7, 14, "SUBSIDIOS").text(7, 15, "OTROS DE INVERSIÓN").text(7, 16, "SUMA")
                .text(7, 17, "TOTAL").text(7, 18, "ESTRUCTURA PORCENTUAL").text(8, 18, "CORRIENTE");
        s.row = 9;
        return s;
    }

    /** A branch with one chamber of two programmes and an audit office without programmes, then another ente. */
    private static Sheet valid() {
        Sheet s = header("CUENTA PÚBLICA 2023");
        s.label(2, "Poder Legislativo").stage("Aprobado", 160, 40, 0, 0, 0, 10, 0, 0, null).stage("Ejercicio", 170, 40, 0, 0, 0, 5, 0, 0, null);
        s.text(s.row++, 6, "Porcentaje Ejer/Aprob");
        s.label(4, "H. Cámara de Diputados").stage("Aprobado", 100, 30, 0, 0, 0, 10, 0, 0, null).stage("Ejercicio", 110, 30, 0, 0, 0, 5, 0, 0, null);
        s.programme("K027", "Mantenimiento de Infraestructura").stage("Aprobado", 0, 0, 0, 0, 0, 10, 0, 0, null)
                .stage("Ejercicio", 0, 0, 0, 0, 0, 5, 0, 0, null);
        s.programme("R001", "Actividades derivadas del trabajo legislativo").stage("Aprobado", 100, 30, 0, 0, 0, 0, 0, 0, null)
                .stage("Ejercicio", 110, 30, 0, 0, 0, 0, 0, 0, null);
        s.label(4, "Auditoría Superior de la Federación").stage("Aprobado", 60, 10, 0, 0, 0, 0, 0, 0, null).stage("Ejercicio", 60, 10, 0, 0, 0, 0, 0, 0, null);
        s.label(2, "Poder Judicial").stage("Aprobado", 999, 0, 0, 0, 0, 0, 0, 0, null);
        return s;
    }

    @Test
    void readsTheLegislativeBranchByLevelStageClassAndProgramme() {
        BudgetFile file = CuentaPublicaLayout.read("cp-2023.xls", valid().build());
        assertEquals(List.of(2023), List.copyOf(file.years()));
        assertEquals(List.of("auditoria-superior-federacion", "diputados", "poder-legislativo-federal"),
                file.bodies().keySet().stream().sorted().toList());
        assertEquals("diputados", file.bodies().get("diputados").legislatureId());
        BudgetFigure paidR001 = file.figures().stream().filter(f -> f.bodyId().equals("diputados") && f.programmeCode().equals("R001")
                && f.stage() == BudgetStage.PAID && f.economicClass() == EconomicClass.PERSONAL_SERVICES).findFirst().orElseThrow();
        assertEquals(new BigDecimal("110"), paidR001.amount());
        assertEquals("Actividades derivadas del trabajo legislativo", paidR001.programmeName());
        assertTrue(file.figures().stream().anyMatch(f -> f.bodyId().equals("auditoria-superior-federacion") && f.programmeCode().isEmpty()),
                "a body without programmes keeps its own figures");
        assertTrue(file.figures().stream().noneMatch(f -> f.amount().signum() == 0), "zero amounts are not stored");
        assertTrue(file.figures().stream().noneMatch(f -> f.amount().longValue() == 999), "other entes are not taken");
        BigDecimal branch = file.figures().stream().filter(f -> f.bodyId().equals("poder-legislativo-federal") && f.stage() == BudgetStage.APPROVED)
                .map(BudgetFigure::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(new BigDecimal("210"), branch, "the branch's total is kept as its own body");
    }

    @Test
    void aProgrammeThatDoesNotAddUpToItsBodyRefusesTheFileNamingSheetRowColumnAndDifference() {
        Sheet s = header("CUENTA PÚBLICA 2023");
        s.label(2, "Poder Legislativo").stage("Aprobado", 100, 0, 0, 0, 0, 0, 0, 0, null);
        s.label(4, "H. Cámara de Diputados").stage("Aprobado", 100, 0, 0, 0, 0, 0, 0, 0, null);
        s.programme("R001", "Actividades").stage("Aprobado", 97, 0, 0, 0, 0, 0, 0, 0, null);
        InvalidDataFileException e = assertThrows(InvalidDataFileException.class, () -> CuentaPublicaLayout.read("cp.xls", s.build()));
        assertTrue(e.getMessage().contains("cp.xls"), e.getMessage());
        assertTrue(e.getMessage().contains("hoja 'Hoja1', fila 13, columna H"), e.getMessage());
        assertTrue(e.getMessage().contains("difieren en 3 pesos"), e.getMessage());
    }

    @Test
    void aRowWhoseTotalIsNotTheSumOfItsClassesIsRefused() {
        Sheet s = header("CUENTA PÚBLICA 2023");
        s.label(2, "Poder Legislativo").stage("Aprobado", 100, 0, 0, 0, 0, 0, 0, 0, 150L);
        InvalidDataFileException e = assertThrows(InvalidDataFileException.class, () -> CuentaPublicaLayout.read("cp.xls", s.build()));
        assertTrue(e.getMessage().contains("fila 11, columna R") && e.getMessage().contains("difieren en 50"), e.getMessage());
    }

    /**
     * The layout before 2016 (the 2013 file of the corpus): "CUENTA DE LA HACIENDA PÚBLICA FEDERAL DE 2013", letter-spaced
     * group names, an empty row between groups and classes, no pensions group, and no stage rows for the branch itself.
     */
    @Test
    void theLayoutBefore2016IsReadWithPensionsAbsentAndTheBranchSummed() {
        Sheet s = new Sheet();
        s.text(1, 1, "CUENTA DE LA HACIENDA PÚBLICA FEDERAL DE 2013").text(6, 1, "Ente / Ramo").text(6, 5, "Programa").text(6, 6, "DENOMINACIÓN")
                .text(6, 7, "G A S T O    C O R R I E N T E").text(6, 13, "G A S T O   D E   I N V E R S I Ó N").text(6, 17, "TOTAL")
                .text(8, 7, "Servicios Personales").text(8, 8, "Gasto de Operación").text(8, 9, "Subsidios").text(8, 10, "Otros de     Corriente")
                .text(8, 11, "Suma").text(8, 13, "Inversión       Física").text(8, 14, "Subsidios").text(8, 15, "Otros de        Inversión")
                .text(8, 16, "Suma").text(8, 17, "Total").text(8, 18, "Estructura").text(9, 18, "Porcentual").text(10, 18, "Corriente");
        s.row = 13;
        s.label(1, "Poder Legislativo");
        s.label(2, "H. Cámara de Diputados").stage("Aprobado", 100, 30, 0, 0, 0, 10, 0, 0, null);
        s.label(2, "H. Cámara de Senadores").stage("Aprobado", 50, 20, 0, 0, 0, 5, 0, 0, null);
        s.label(1, "Poder Judicial").stage("Aprobado", 999, 0, 0, 0, 0, 0, 0, 0, null);
        BudgetFile file = CuentaPublicaLayout.read("cp-2013.xls", s.build());
        assertEquals(List.of(2013), List.copyOf(file.years()));
        assertEquals(java.util.Set.of(EconomicClass.PENSIONS), file.unpublished(2013));
        BigDecimal branch = file.figures().stream().filter(f -> f.bodyId().equals(CuentaPublicaLayout.BRANCH_BODY)).map(BudgetFigure::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(new BigDecimal("215"), branch, "the branch's total is its bodies' sum");
        assertTrue(file.figures().stream().noneMatch(f -> f.economicClass() == EconomicClass.PENSIONS));
    }

    @Test
    void unknownLayoutsAreAClearErrorNeverSilentlyEmpty() {
        Spreadsheet other = Spreadsheet.parse(List.of("S\t0\tDatos", "C\t0\t0\tT\tnombre", "C\t0\t1\tT\tmonto", "C\t1\t0\tT\tx", "C\t1\t1\tN\t5"));
        InvalidDataFileException none = assertThrows(InvalidDataFileException.class, () -> CuentaPublicaLayout.read("otro.xlsx", other));
        assertTrue(none.getMessage().contains("ninguna hoja tiene la estructura de la Cuenta Pública"), none.getMessage());

        Sheet missingColumn = header("CUENTA PÚBLICA 2023");
        missingColumn.lines.removeIf(l -> l.endsWith("INVERSIÓN FÍSICA"));
        InvalidDataFileException columns = assertThrows(InvalidDataFileException.class, () -> CuentaPublicaLayout.read("cp.xls", missingColumn.build()));
        assertTrue(columns.getMessage().contains("faltan las columnas [Inversión física]"), columns.getMessage());

        Sheet noBranch = header("CUENTA PÚBLICA 2023");
        noBranch.label(2, "Poder Judicial").stage("Aprobado", 1, 0, 0, 0, 0, 0, 0, 0, null);
        assertTrue(assertThrows(InvalidDataFileException.class, () -> CuentaPublicaLayout.read("cp.xls", noBranch.build())).getMessage()
                .contains("no se encontró el ente 'Poder Legislativo'"));

        Sheet unknownStage = header("CUENTA PÚBLICA 2023");
        unknownStage.label(2, "Poder Legislativo").stage("Comprometido", 1, 0, 0, 0, 0, 0, 0, 0, null);
        assertTrue(assertThrows(InvalidDataFileException.class, () -> CuentaPublicaLayout.read("cp.xls", unknownStage.build())).getMessage()
                .contains("'Comprometido' (columna G) no es una etapa conocida"));

        Sheet noYear = header("GASTO");
        noYear.label(2, "Poder Legislativo").stage("Aprobado", 1, 0, 0, 0, 0, 0, 0, 0, null);
        assertTrue(assertThrows(InvalidDataFileException.class, () -> CuentaPublicaLayout.read("cp.xls", noYear.build())).getMessage()
                .contains("no se encontró el año"));
    }

    @Test
    void columnNamesAreTheSpreadsheetsLetters() {
        assertEquals("A", CuentaPublicaLayout.columnName(0));
        assertEquals("R", CuentaPublicaLayout.columnName(17));
        assertEquals("AA", CuentaPublicaLayout.columnName(26));
    }
}
