package mx.parlamentoabierto.document.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Dates and types read from texts written here in the shapes congresses publish (each with its expected answer), and
 * from the metadata the extraction gives; every value says where it came from.
 */
class DocumentInferenceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private static Optional<DocumentInference.Inferred<LocalDate>> date(String text) {
        return DocumentInference.date(text, Map.of(), TODAY);
    }

    private static DocumentType type(String text) {
        return DocumentInference.type(text, Map.of(), null).map(DocumentInference.Inferred::value).orElse(null);
    }

    @Test
    void aMastheadDateInSpanishIsRead() {
        DocumentInference.Inferred<LocalDate> gaceta = date("Gaceta Parlamentaria, año X, número 2156, jueves 21 de diciembre de 2006\n\n"
                + "Iniciativa presentada el 5 de febrero de 1917…").orElseThrow();
        assertEquals(LocalDate.of(2006, 12, 21), gaceta.value(), "the first date of the masthead");
        assertEquals("texto: «jueves 21 de diciembre de 2006»", gaceta.source());
        assertEquals(LocalDate.of(2012, 9, 1), date("SESIÓN DE CONGRESO GENERAL, 1o. DE SEPTIEMBRE DEL AÑO 2012").orElseThrow().value());
        assertEquals(LocalDate.of(2013, 4, 30), date("México, D.F., a 30 de Abril, 2013").orElseThrow().value());
        assertEquals(LocalDate.of(2018, 9, 1), date("Sesión del primero de septiembre de 2018").orElseThrow().value());
        assertEquals(LocalDate.of(2015, 10, 9), date("Acta levantada el 09/10/2015 en la sala de comisiones").orElseThrow().value(),
                "day first, as Mexico writes dates");
    }

    @Test
    void impossibleAndFutureDatesAreSkipped() {
        assertEquals(LocalDate.of(2020, 3, 2), date("31 de febrero de 2020, 2 de marzo de 2020").orElseThrow().value());
        assertTrue(date("Programa para el 15 de enero de 2031").isEmpty(), "not from the future");
        assertTrue(date("Sin fecha alguna").isEmpty());
    }

    @Test
    void structuredMetadataComesFirstAndTheFilesCreationDateLast() {
        assertEquals("Akoma Ntoso (fecha del documento)", DocumentInference.date("21 de diciembre de 2006", Map.of("akn:date", "2010-01-26"), TODAY)
                .orElseThrow().source());
        DocumentInference.Inferred<LocalDate> created = DocumentInference.date("sin fechas", Map.of("created", "2019-05-03T10:00:00Z"), TODAY).orElseThrow();
        assertEquals(LocalDate.of(2019, 5, 3), created.value());
        assertEquals("metadatos del archivo (fecha de creación)", created.source());
        assertTrue(DocumentInference.date("sin fechas", Map.of("created", "1904-01-01T00:00:00Z"), TODAY).isEmpty(),
                "a spreadsheet program's zero date is no date");
    }

    @Test
    void theKindOfDocumentIsTheEarliestNameInItsFirstPages() {
        assertEquals(DocumentType.GACETA, type("Gaceta Parlamentaria, año X, número 2156\nOrden del día\nDictámenes"));
        assertEquals(DocumentType.DIARIO_DEBATES, type("DIARIO DE LOS DEBATES\nÓrgano oficial de la Cámara de Diputados"));
        assertEquals(DocumentType.VERSION_ESTENOGRAFICA, type("VERSIÓN ESTENOGRÁFICA DE LA SESIÓN ORDINARIA"));
        assertEquals(DocumentType.ORDEN_DEL_DIA, type("ORDEN DEL DÍA\n1. Lista de asistencia"));
        assertEquals(DocumentType.DICTAMEN, type("DICTAMEN DE LA COMISIÓN DE HACIENDA Y CRÉDITO PÚBLICO"));
        assertEquals(DocumentType.INICIATIVA, type("INICIATIVA CON PROYECTO DE DECRETO QUE REFORMA EL ARTÍCULO 4o."));
        assertEquals(DocumentType.PUNTO_DE_ACUERDO, type("Proposición con punto de acuerdo por el que se exhorta"));
        assertEquals(DocumentType.LISTA_ASISTENCIA, type("Registro de asistencia de la sesión"));
        assertEquals(DocumentType.ACTA, type("Acta de la reunión de la Comisión de Transparencia"));
        assertEquals(DocumentType.LEY_DECRETO, type("DECRETO por el que se expide la Ley General de Transparencia"));
        assertEquals(DocumentType.PRESUPUESTO, type("Presupuesto de Egresos del Poder Legislativo para el ejercicio 2026"));
        assertEquals(DocumentType.CONTRATO, type("CONTRATO DE PRESTACIÓN DE SERVICIOS PROFESIONALES"));
        assertEquals(DocumentType.DECLARACION, type("Versión pública de la declaración patrimonial"));
        assertEquals(null, type("Nota informativa sobre la visita de estudiantes"));
    }

    @Test
    void theSourceSaysWhereTheWordsWere() {
        DocumentInference.Inferred<DocumentType> fromTitle = DocumentInference.type("texto sin nombre", Map.of("title", "Versión estenográfica"),
                null).orElseThrow();
        assertEquals("título del archivo: «Versión estenográfica»", fromTitle.source());
        assertEquals("Akoma Ntoso (tipo «debate»)", DocumentInference.type("", Map.of("akn:docType", "debate"), DocumentType.DIARIO_DEBATES)
                .orElseThrow().source());
    }

    @Test
    void theDocumentsOwnDateIsTheOneAfterItsPlaceNotAnEarlierSittingItRefersTo() {
        // the shape of a Diario de los Debates of February 2006: the summary cites December 2005's minutes first
        String diario = "DIARIO DE LOS DEBATES\nÓRGANO OFICIAL DE LA CÁMARA DE DIPUTADOS DEL CONGRESO DE LOS ESTADOS UNIDOS MEXICANOS\n"
                + "Año III Primer Periodo de Sesiones Ordinarias del Tercer Año de Ejercicio Director General de Crónica Parlamentaria\n"
                + "SUMARIO\nACTA DE LA SESION ANTERIOR\nSe aprueba el acta de la sesión celebrada el jueves 15 de diciembre de 2005.\n"
                + "Comunicación de la Junta de Coordinación Política con fecha 30 de enero de 2005 relativa a cambios en comisiones.\n"
                + "Presidencia del diputado Heliodoro Díaz Escárraga\nASISTENCIA\n"
                + "México, D.F., martes 7 de febrero de 2006, se abrió la sesión.";
        DocumentInference.Inferred<LocalDate> d = date(diario).orElseThrow();
        assertEquals(LocalDate.of(2006, 2, 7), d.value(), "the date written after the place");
        assertTrue(d.source().contains("7 de febrero de 2006"), d.source());
        String body = "Dictamen de la comisión sobre la iniciativa que reforma diversas disposiciones. ".repeat(5);
        assertEquals(LocalDate.of(2010, 3, 4), date(body + "Se cita el decreto del 9 de abril de 2001 y el acuerdo del 4 de marzo de 2010.")
                .orElseThrow().value(), "without a place, and none in the first lines: the latest date, as earlier ones are references");
        assertEquals(LocalDate.of(2001, 4, 9), date("Decreto del 9 de abril de 2001. Se cita el acuerdo del 4 de marzo de 2010.").orElseThrow()
                .value(), "a date in the first lines is the document's heading");
    }

    @Test
    void aTitleThatIsAFileNameGivesWayToTheDocumentsOwnHeading() {
        assertTrue(DocumentInference.saysNothing("pg-001.png", "pg-001.png"));
        assertTrue(DocumentInference.saysNothing("20060207", "x.pdf"), "digits say nothing");
        assertTrue(DocumentInference.saysNothing("scan_0042.pdf", "scan_0042.pdf"));
        assertTrue(!DocumentInference.saysNothing("Acta de la sesión del 7 de febrero", "acta.pdf"));
        DocumentInference.Inferred<String> heading = DocumentInference.title("  12 \n DIARIO DE LOS DEBATES\nÓrgano oficial de la Cámara de Diputados\n"
                + "Año II, No. 9", Map.of(), "pg-001.png").orElseThrow();
        assertEquals("DIARIO DE LOS DEBATES — Órgano oficial de la Cámara de Diputados", heading.value(), "a short first line joined to the next");
        assertEquals("texto: primeras líneas", heading.source());
        DocumentInference.Inferred<String> meta = DocumentInference.title("texto", Map.of("title", "Presupuesto de egresos 2024 del Congreso"),
                "a.pdf").orElseThrow();
        assertEquals("Presupuesto de egresos 2024 del Congreso", meta.value());
        assertEquals("texto: primeras líneas", DocumentInference.title("GACETA PARLAMENTARIA DEL CONGRESO DE SONORA, NÚMERO 1214",
                Map.of("title", "Microsoft Word - doc1.docx"), "a.pdf").orElseThrow().source(), "a word processor's placeholder is no title");
        assertTrue(DocumentInference.title("12\n---\n3", Map.of(), "a.pdf").isEmpty(), "page numbers and rules are no heading");
    }

    @Test
    void aHeadingNamesAnInstitutionByItsWholeNameOrItsDistinctivePart() {
        String camara = DocumentInference.heading("CÁMARA DE DIPUTADOS\nLXIII LEGISLATURA\nVersión estenográfica de la sesión ordinaria");
        assertTrue(DocumentInference.names(camara, "Cámara de Diputados"), "accents and case aside");
        assertTrue(!DocumentInference.mentions(camara, "Congreso del Estado de Oaxaca"), "a Chamber text filed under Oaxaca is noticed");
        String oaxaca = DocumentInference.heading("H. CONGRESO DEL ESTADO LIBRE Y SOBERANO DE OAXACA\nLXV Legislatura Constitucional");
        assertTrue(DocumentInference.mentions(oaxaca, "Congreso del Estado de Oaxaca"), "its own long name: the distinctive part is enough");
        assertTrue(!DocumentInference.names(oaxaca, "Congreso del Estado de Oaxaca"), "not the registry's whole name");
        assertTrue(DocumentInference.mentions(DocumentInference.heading("SENADO DE LA REPÚBLICA"), "Senado de la República"));
    }
}
