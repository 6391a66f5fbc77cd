package mx.parlamentoabierto.budget.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import mx.parlamentoabierto.budget.domain.BudgetFile;
import mx.parlamentoabierto.budget.domain.BudgetStage;
import mx.parlamentoabierto.platform.json.InvalidDataFileException;

/** The CSV template for state congresses (docs/budgets.md): what it takes, and each refusal naming line and column. */
class BudgetCsvTest {

    private static final BudgetFile.Body JALISCO = new BudgetFile.Body("jalisco", "Congreso del Estado de Jalisco", "jalisco");

    private static BudgetFile read(String csv) {
        return BudgetCsv.read("jalisco.csv", csv.getBytes(StandardCharsets.UTF_8), JALISCO);
    }

    @Test
    void readsFiguresAndChecksTheTotalsItDeclares() {
        BudgetFile file = read("""
                year,stage,economic_class,programme,programme_name,amount
                2024,aprobado,personal_services,P01,Proceso legislativo,1000000.50
                2024,approved,operating_expenses,P01,Proceso legislativo,250000
                2024,approved,total,P01,,1250000.50
                2024,ejercido,personal_services,,,990000
                2024,approved,total,,,1250000.50
                """);
        assertEquals(3, file.figures().size());
        assertEquals(BudgetStage.PAID, file.figures().get(2).stage(), "Spanish stage words are read");
        assertEquals(new BigDecimal("1000000.50"), file.figures().get(0).amount());
        assertEquals("jalisco", file.figures().get(0).bodyId());
    }

    @Test
    void aDeclaredTotalTheFiguresDoNotReachRefusesTheWholeFile() {
        InvalidDataFileException e = assertThrows(InvalidDataFileException.class, () -> read("""
                year,stage,economic_class,programme,amount
                2024,approved,personal_services,P01,100
                2024,approved,total,P01,120
                """));
        assertTrue(e.getMessage().contains("jalisco.csv") && e.getMessage().contains("línea 3, columna 'amount'")
                && e.getMessage().contains("difieren en 20"), e.getMessage());
    }

    @Test
    void badCellsAreNamedByLineAndColumn() {
        assertTrue(assertThrows(InvalidDataFileException.class, () -> read("year,stage,economic_class,amount\n2024,approved,personal_services,1,000.00\n"))
                .getMessage().contains("línea 2"));
        assertTrue(assertThrows(InvalidDataFileException.class, () -> read("year,stage,economic_class,amount\n2024,approved,sueldos,10\n"))
                .getMessage().contains("línea 2, columna 'economic_class'"));
        assertTrue(assertThrows(InvalidDataFileException.class, () -> read("year,stage,economic_class,amount\n2024,prometido,pensions,10\n"))
                .getMessage().contains("columna 'stage'"));
        assertTrue(assertThrows(InvalidDataFileException.class, () -> read("year,stage,economic_class,amount\n24,approved,pensions,10\n"))
                .getMessage().contains("columna 'year'"));
        assertTrue(assertThrows(InvalidDataFileException.class, () -> read("year,stage,economic_class,amount\n2024,approved,pensions,10\n"
                + "2024,approved,pensions,12\n")).getMessage().contains("ya está en la línea 2"));
        assertTrue(assertThrows(InvalidDataFileException.class, () -> read("year,stage,amount\n2024,approved,10\n"))
                .getMessage().contains("falta la columna obligatoria 'economic_class'"));
    }
}
