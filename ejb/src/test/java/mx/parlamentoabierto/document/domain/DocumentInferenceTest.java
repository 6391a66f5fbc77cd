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
}
