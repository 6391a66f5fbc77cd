package mx.parlamentoabierto.document.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import mx.parlamentoabierto.testing.InUnit;
import mx.parlamentoabierto.testing.UnitsOfWork;
import mx.parlamentoabierto.bootstrap.ConfigurationFiles;
import mx.parlamentoabierto.document.domain.Document;
import mx.parlamentoabierto.document.domain.DocumentDescription;
import mx.parlamentoabierto.document.domain.DocumentStatus;
import mx.parlamentoabierto.document.domain.DocumentType;
import mx.parlamentoabierto.document.infrastructure.FileSystemFileStore;
import mx.parlamentoabierto.document.infrastructure.JpaDocumentRepository;
import mx.parlamentoabierto.document.infrastructure.TikaWorkerExtractor;
import mx.parlamentoabierto.document.infrastructure.TikaWorkerSettings;
import mx.parlamentoabierto.legislature.application.LegislatureCatalog;
import mx.parlamentoabierto.legislature.infrastructure.JpaLegislatureRepository;
import mx.parlamentoabierto.platform.persistence.Database;
import mx.parlamentoabierto.search.application.DocumentIndex;
import mx.parlamentoabierto.search.domain.BulkOutcome;
import mx.parlamentoabierto.search.domain.DocumentQuery;
import mx.parlamentoabierto.search.domain.DocumentSearchResult;
import mx.parlamentoabierto.search.domain.IndexedDocument;
import mx.parlamentoabierto.search.infrastructure.ElasticsearchDocumentIndex;
import mx.parlamentoabierto.search.infrastructure.ElasticsearchSearchIndex;
import mx.parlamentoabierto.search.infrastructure.IndexDefinition;
import mx.parlamentoabierto.searchnode.launcher.SearchNode;
import mx.parlamentoabierto.searchnode.launcher.SearchNodeOptions;
import mx.parlamentoabierto.searchnode.testing.SearchNodeExtension;
import mx.parlamentoabierto.testing.Await;
import mx.parlamentoabierto.testing.TestDatabase;

/**
 * The archive pipeline end to end on real components — Tika worker processes, the Elasticsearch node, the
 * database — with Tika's sample documents and Akoma Ntoso files (copied in src/test/resources/corpora).
 */
@ExtendWith(SearchNodeExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DocumentPipelineIT {

    private static final Path CORPUS = Path.of("src/test/resources/corpora");
    private static final Path CONFIG = Path.of(System.getProperty("parlamento.config.dir"));
    private static final Set<String> DAMAGED = Set.of("testEXCEL_protected_passtika.xlsx", "testODTEncrypted.odt",
            "testWORD_truncated.docx", "testZIP_corrupted_oom.zip");

    @TempDir
    static Path work;

    private static Database database;
    private static JpaDocumentRepository documents;
    private static JpaLegislatureRepository legislatures;
    private static TikaWorkerExtractor extractor;
    private static ExecutorService executor;
    private static ElasticsearchSearchIndex searchBase;
    private static ElasticsearchDocumentIndex index;
    private static SearchOutboxRelay relay;
    private static DocumentIngestion ingestion;
    private static FileSystemFileStore files;
    private static final Map<String, Long> ids = new java.util.concurrent.ConcurrentHashMap<>();

    @BeforeAll
    static void start() {
        database = TestDatabase.cleanAndOpen();
        legislatures = new JpaLegislatureRepository(database);
        UnitsOfWork.on(database).of(new LegislatureCatalog(legislatures)).synchronize(ConfigurationFiles.read(CONFIG).legislatures());
        documents = new JpaDocumentRepository(database);
        files = new FileSystemFileStore(work.resolve("files"), 20L * 1024 * 1024);
        TikaWorkerSettings tika = TikaWorkerSettings.defaults(System.getProperty("parlamento.test.tika.classpath"));
        extractor = new TikaWorkerExtractor(tika, work.resolve("tika"));
        executor = Executors.newFixedThreadPool(DocumentIngestion.extractionThreads(tika.workers()));
        searchBase = new ElasticsearchSearchIndex(SearchNodeExtension.url(), "it-docs", IndexDefinition.readDirectory(CONFIG.resolve("elasticsearch")));
        searchBase.deleteIndices();
        searchBase.ensureIndices();
        searchBase.activateIndices();
        index = new ElasticsearchDocumentIndex(searchBase);
        relay = new SearchOutboxRelay(database, documents, legislatures, index, Clock.systemUTC());
        ingestion = new DocumentIngestion(database, documents, legislatures, files, extractor, executor, mx.parlamentoabierto.testing.TestEvents.deliveringTo(database, new SearchOutboxWakeUp(relay)),
                Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        executor.shutdownNow();
        extractor.close();
        searchBase.close();
        database.close();
    }

    @Test
    @Order(1)
    void everyCorpusFileEndsIndexedOrFailedWithAReason() throws Exception {
        int i = 0;
        for (Path file : list(CORPUS.resolve("tika-sample"))) {
            boolean jalisco = i++ % 2 == 0;
            ids.put(file.getFileName().toString(), receive(file, jalisco ? "jalisco" : "senado",
                    jalisco ? DocumentType.INICIATIVA : DocumentType.GACETA, LocalDate.of(jalisco ? 2024 : 2025, 3, 1), null).documentId());
        }
        for (Path file : list(CORPUS.resolve("akoma-ntoso"))) {
            ids.put(file.getFileName().toString(), receive(file, "diputados", DocumentType.DIARIO_DEBATES, LocalDate.of(2010, 1, 26), null).documentId());
        }
        awaitExtraction();
        relay.relayDue();
        index.refresh();

        Map<DocumentStatus, Long> counts = InUnit.of(database, em -> documents.countByStatus());
        assertEquals(0, counts.get(DocumentStatus.RECEIVED) + counts.get(DocumentStatus.EXTRACTED), counts.toString());
        for (Map.Entry<String, Long> e : ids.entrySet()) {
            Document d = InUnit.of(database, em -> documents.find(e.getValue()).orElseThrow());
            if (DAMAGED.contains(e.getKey())) {
                assertEquals(DocumentStatus.FAILED, d.status(), e.getKey());
                assertFalse(d.failureReason().isBlank());
            } else {
                assertEquals(DocumentStatus.INDEXED, d.status(), e.getKey() + ": " + d.failureReason());
            }
        }
        assertEquals(counts.get(DocumentStatus.INDEXED).longValue(), index.count(), "database and index agree");
    }

    @Test
    @Order(2)
    void akomaNtosoIsMappedNotFlattened() throws IOException {
        Receipt debate;
        try (InputStream in = Files.newInputStream(CORPUS.resolve("akoma-ntoso/Debate_mexico_debate_2010-01-26.xml"))) {
            // same bytes as in the first test: the receipt names the existing document
            debate = ingestion.receive(new DocumentDescription("diputados", DocumentType.OTRO, null, "x.xml", null, null, "x.xml"), in);
        }
        Document d = InUnit.of(database, em -> documents.find(debate.documentId()).orElseThrow());
        assertEquals("application/akn+xml", d.mediaType());
        assertTrue(d.metaAuthor().contains("Jorge Carlos Ramírez Marín"), "speakers: " + d.metaAuthor());
        assertTrue(d.text().contains("Presidente"), "speeches keep their speaker");

        Path bill = work.resolve("proyecto.xml");
        Files.copy(CORPUS.resolve("akoma-ntoso/Bill_cl_2005-03-14.xml"), bill);
        Files.writeString(bill, "\n<!-- copia para probar el mapeo -->\n", java.nio.file.StandardOpenOption.APPEND);
        Receipt billReceipt;
        try (InputStream in = Files.newInputStream(bill)) {
            billReceipt = ingestion.receive(new DocumentDescription("senado", DocumentType.OTRO, null, "proyecto.xml", null, null, "proyecto.xml"), in);
        }
        awaitExtraction();
        Document mapped = InUnit.of(database, em -> documents.find(billReceipt.documentId()).orElseThrow());
        assertEquals(DocumentType.INICIATIVA, mapped.type(), "an Akoma Ntoso bill is an iniciativa");
        assertEquals(LocalDate.of(2005, 3, 14), mapped.date());
        assertFalse(mapped.title().equals("proyecto.xml"), "the title comes from the document: " + mapped.title());
    }

    @Test
    @Order(3)
    void theSameBytesTwiceAreOneDocument() throws IOException {
        Receipt again = receive(CORPUS.resolve("tika-sample/testPDF.pdf"), "senado", DocumentType.GACETA, null, null);
        assertTrue(again.duplicate());
        assertEquals(ids.get("testPDF.pdf"), again.documentId());
    }

    @Test
    @Order(3)
    void theSameBytesUploadedAtOnceAreStillOneDocument() throws Exception {
        String text = "Acta de la sesión enviada dos veces a la vez " + System.nanoTime();
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(4);
        ExecutorService uploaders = Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Receipt>> receipts = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                receipts.add(uploaders.submit(() -> {
                    together.await();
                    return receiveText(text, null, "simultanea");
                }));
            }
            Set<Long> documentIds = new java.util.HashSet<>();
            int duplicates = 0;
            for (java.util.concurrent.Future<Receipt> receipt : receipts) {
                Receipt r = receipt.get();
                documentIds.add(r.documentId());
                duplicates += r.duplicate() ? 1 : 0;
            }
            assertEquals(1, documentIds.size(), "one document for the same bytes");
            assertEquals(3, duplicates, "the other uploads are answered as duplicates, not errors");
        } finally {
            uploaders.shutdownNow();
        }
    }

    @Test
    @Order(3)
    void aScannedPageIsReadByOcrAndItsDateAndTypeAreFoundInTheText() throws Exception {
        byte[] scan = mx.parlamentoabierto.testing.ScannedPage.png(List.of("DIARIO DE LOS DEBATES",
                "Sesión ordinaria del jueves 21 de diciembre de 2006", "Dictamen de la Comisión de Hacienda y Crédito Público."));
        Receipt r = ingestion.receive(new DocumentDescription("diputados", DocumentType.OTRO, null, "escaneo.png", null, null, "escaneo.png"),
                new ByteArrayInputStream(scan));
        awaitExtraction();
        Document d = InUnit.of(database, em -> documents.find(r.documentId()).orElseThrow());
        assertTrue(d.text() != null && d.text().contains("jueves 21 de diciembre de 2006") && d.text().contains("Comisión de Hacienda"),
                d.status() + " " + d.failureReason() + ": " + d.text());
        assertEquals("1", d.ocrPages(), "the page was read by OCR");
        assertTrue(d.ocrConfidence() > 80, "confidence " + d.ocrConfidence());
        assertEquals(LocalDate.of(2006, 12, 21), d.date());
        assertEquals("texto: «jueves 21 de diciembre de 2006»", d.dateSource(), "marked as inferred, with its source");
        assertEquals(DocumentType.DIARIO_DEBATES, d.type());
        assertTrue(d.typeSource().contains("DIARIO DE LOS DEBATES"), d.typeSource());
        assertEquals("image/png", d.mediaType());

        Receipt given = ingestion.receive(new DocumentDescription("diputados", DocumentType.ACTA, LocalDate.of(2020, 1, 2), "Acta", null, null,
                "acta.txt"), new ByteArrayInputStream("DIARIO DE LOS DEBATES, jueves 21 de diciembre de 2006".getBytes(StandardCharsets.UTF_8)));
        awaitExtraction();
        Document kept = InUnit.of(database, em -> documents.find(given.documentId()).orElseThrow());
        assertEquals(DocumentType.ACTA, kept.type(), "what the uploader said is kept");
        assertEquals(LocalDate.of(2020, 1, 2), kept.date());
        assertEquals(null, kept.dateSource());
    }

    @Test
    @Order(3)
    void archivesAndMailboxesAreUnpackedIntoDocumentsLinkedToThem() throws Exception {
        java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
        String mail = "From: secretaria@congreso.example.mx\nTo: prensa@congreso.example.mx\nSubject: Orden del dia\nMIME-Version: 1.0\n"
                + "Content-Type: multipart/mixed; boundary=\"XX\"\n\n--XX\nContent-Type: text/plain; charset=utf-8\n\nAdjunto el orden del día.\n"
                + "--XX\nContent-Type: text/plain; name=\"orden.txt\"\nContent-Disposition: attachment; filename=\"orden.txt\"\n\n"
                + "ORDEN DEL DIA de la sesion del 2 de enero de 2024 " + System.nanoTime() + "\n--XX--\n";
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(zipped)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("actas/acta-" + System.nanoTime() + ".txt"));
            zip.write("Acta de la sesión del Comité de Transparencia".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("escaneos/pagina.png"));
            zip.write(mx.parlamentoabierto.testing.ScannedPage.png(List.of("Gaceta Parlamentaria, jueves 3 de marzo de 2016")));
            zip.putNextEntry(new java.util.zip.ZipEntry("correo.eml"));
            zip.write(mail.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("programa.exe"));
            zip.write(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0});
        }
        Receipt archive = ingestion.receive(new DocumentDescription("jalisco", DocumentType.ACTA, null, "paquete.zip", null, null, "paquete.zip"),
                new ByteArrayInputStream(zipped.toByteArray()));
        awaitExtraction();
        awaitExtraction(); // the e-mail's attachment is received while the e-mail is processed
        Document container = InUnit.of(database, em -> documents.find(archive.documentId()).orElseThrow());
        List<Document> children = InUnit.of(database, em -> documents.children(archive.documentId()));
        assertEquals(3, children.size(), "the text, the scan and the e-mail; the program is refused: " + children.stream().map(Document::originalFileName).toList());
        assertTrue(container.text().contains("Contiene: actas/acta-") && container.text().contains("correo.eml"), container.text());
        assertTrue(container.truncationReason().contains("programa.exe: formato no admitido"), container.truncationReason());
        Document scan = children.stream().filter(c -> c.originalFileName().equals("escaneos/pagina.png")).findFirst().orElseThrow();
        assertTrue(scan.title().startsWith("Gaceta Parlamentaria"), "a scan's file name says nothing: its title is its heading: " + scan.title());
        assertEquals(DocumentType.ACTA, scan.type(), "the uploader's type is the entries' type");
        assertEquals("1", scan.ocrPages());
        assertEquals(LocalDate.of(2016, 3, 3), scan.date(), "its own date, found in its text");
        Document email = children.stream().filter(c -> c.originalFileName().equals("correo.eml")).findFirst().orElseThrow();
        assertTrue(email.text().contains("Adjunto el orden del día") && !email.text().contains("ORDEN DEL DIA"),
                "the e-mail keeps its message; the attachment is its own document: " + email.text());
        List<Document> attachments = InUnit.of(database, em -> documents.children(email.id()));
        assertEquals(List.of("orden.txt"), attachments.stream().map(Document::originalFileName).toList());
        assertTrue(attachments.get(0).text().contains("ORDEN DEL DIA"));

        String mbox = "From a@example.org Mon Jan  1 00:00:00 2024\nFrom: a@example.org\nSubject: Primero\n\nPrimer mensaje " + System.nanoTime()
                + "\n\nFrom b@example.org Tue Jan  2 00:00:00 2024\nFrom: b@example.org\nSubject: Segundo\n\nSegundo mensaje\n";
        Receipt box = ingestion.receive(new DocumentDescription("jalisco", DocumentType.OTRO, null, "buzon.mbox", null, null, "buzon.mbox"),
                new ByteArrayInputStream(mbox.getBytes(StandardCharsets.UTF_8)));
        awaitExtraction();
        assertEquals(List.of("Primero.eml", "Segundo.eml"), InUnit.of(database, em -> documents.children(box.documentId())).stream()
                .map(Document::originalFileName).toList(), "each message a document");
    }

    @Test
    @Order(4)
    void newBytesFromTheSameSourceAreANewVersionAndOnlyTheCurrentOneIsFound() throws Exception {
        String url = "https://www.congresojal.gob.mx/gaceta/1234";
        Receipt first = receiveText("Gaceta 1234 primera publicación: dictamen sobre movilidad urbana.", url, "1234");
        awaitExtraction();
        Receipt second = receiveText("Gaceta 1234 fe de erratas: dictamen sobre movilidad urbana corregido.", url, "1234");
        assertEquals(2, second.version());
        awaitExtraction();
        relay.relayDue();
        index.refresh();
        Document old = InUnit.of(database, em -> documents.find(first.documentId()).orElseThrow());
        assertFalse(old.current(), "the first version is kept but no longer current");
        DocumentSearchResult result = index.search(query("movilidad urbana", Set.of(), Set.of()));
        assertEquals(1, result.total());
        assertEquals(second.documentId(), result.hits().get(0).documentId());
    }

    @Test
    @Order(5)
    void aPhraseFindsItsDocumentWithHighlightedFragments() {
        DocumentSearchResult result = index.search(query("\"Content Analysis Toolkit\"", Set.of(), Set.of()));
        assertTrue(result.total() >= 1);
        DocumentSearchResult.Hit hit = result.hits().stream().filter(h -> h.documentId() == ids.get("testPDF.pdf")).findFirst().orElseThrow();
        assertTrue(hit.fragments().stream().anyMatch(f -> f.contains("<mark>") && f.toLowerCase().contains("toolkit")), hit.fragments().toString());
        DocumentSearchResult words = index.search(query("toolkit analysis content", Set.of(), Set.of()));
        assertTrue(words.total() >= result.total(), "without quotes the words may appear anywhere");
    }

    @Test
    @Order(6)
    void facetCountsHonourTheOtherFilters() {
        DocumentSearchResult all = index.search(query("", Set.of(), Set.of()));
        DocumentSearchResult jalisco = index.search(query("", Set.of("jalisco"), Set.of()));
        assertEquals(all.total(), all.legislatureFacet().values().stream().mapToLong(Long::longValue).sum());
        assertEquals(all.legislatureFacet(), jalisco.legislatureFacet(), "a facet is not narrowed by its own filter");
        assertEquals(jalisco.total(), jalisco.typeFacet().values().stream().mapToLong(Long::longValue).sum(),
                "the type facet counts only the selected legislature");
        assertTrue(jalisco.typeFacet().keySet().containsAll(Set.of("iniciativa", "gaceta")), jalisco.typeFacet().toString());
        assertFalse(jalisco.typeFacet().containsKey("diario-debates"), "only the Cámara de Diputados has debates");
        DocumentSearchResult debates = index.search(query("", Set.of(), Set.of("diario-debates")));
        assertEquals(Map.of("diputados", debates.total()), debates.legislatureFacet());
        assertTrue(jalisco.hits().stream().allMatch(h -> h.legislatureId().equals("jalisco")));
        assertTrue(all.yearFacet().containsKey("2010") && all.yearFacet().containsKey("2024"), all.yearFacet().toString());
        DocumentSearchResult range = index.search(new DocumentQuery("", Set.of(), Set.of(), Optional.of(LocalDate.of(2024, 1, 1)),
                Optional.of(LocalDate.of(2024, 12, 31)), true, 1, 100));
        assertEquals(Set.of("2024"), range.yearFacet().keySet());
    }

    @Test
    @Order(7)
    void anIdentifierQueryFindsThatDocumentFirst() throws Exception {
        Receipt gaceta = receiveText("Orden del día de la sesión ordinaria con la gaceta 3960-II y otros asuntos.", null, "3960-II");
        receiveText("Referencias a 3960 en un texto cualquiera: 3960 3960 3960 II II II.", null, "otro-1");
        awaitExtraction();
        relay.relayDue();
        index.refresh();
        DocumentSearchResult result = index.search(query("3960-II", Set.of(), Set.of()));
        assertEquals(gaceta.documentId(), result.hits().get(0).documentId());
    }

    @Test
    @Order(8)
    void spanishSearchIgnoresAccentsAndPlurals() throws Exception {
        Receipt doc = receiveText("Las comisiones aprobaron la auditoría de la sesión extraordinaria.", null, "acentos-1");
        awaitExtraction();
        relay.relayDue();
        index.refresh();
        assertTrue(index.search(query("auditorias sesion", Set.of(), Set.of())).hits().stream().anyMatch(h -> h.documentId() == doc.documentId()));
    }

    @Test
    @Order(9)
    void uploadsAreCheckedByContentNotByName() {
        UploadRejectedException fake = assertThrows(UploadRejectedException.class, () -> ingestion.receive(
                new DocumentDescription("senado", DocumentType.OTRO, null, "Falso PDF", null, null, "falso.pdf"),
                new ByteArrayInputStream("MZ esto no es un PDF".getBytes(StandardCharsets.UTF_8))));
        assertTrue(fake.getMessage().contains(".pdf"), fake.getMessage());
        UploadRejectedException program = assertThrows(UploadRejectedException.class, () -> ingestion.receive(
                new DocumentDescription("senado", DocumentType.OTRO, null, "Programa", null, null, "programa.bin"),
                new ByteArrayInputStream(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0})));
        assertTrue(program.getMessage().contains("formato no admitido") && program.getMessage().contains("imágenes escaneadas (JPEG, PNG, TIFF"),
                "the refusal lists what is accepted: " + program.getMessage());
        Receipt script = ingestion.receive(new DocumentDescription("senado", DocumentType.OTRO, null, "Notas", null, null, "notas.txt"),
                new ByteArrayInputStream("#!/bin/sh\necho es texto aunque lo parezca\n".getBytes(StandardCharsets.UTF_8)));
        assertFalse(script.duplicate(), "a .txt is never refused because it looks like a script");
        for (String[] accepted : new String[][] {
                {"mensaje.eml", "From: ana@example.org\nTo: juan@example.org\nSubject: Orden del día\nMIME-Version: 1.0\nContent-Type: text/plain\n\nHola\n"},
                {"buzon.mbox", "From ana@example.org Mon Jan  1 00:00:00 2024\nFrom: ana@example.org\nSubject: Uno\n\nPrimero\n"},
                {"datos.rdf", "<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"></rdf:RDF>"}}) {
            Receipt r = ingestion.receive(new DocumentDescription("senado", DocumentType.OTRO, null, accepted[0], null, null, accepted[0]),
                    new ByteArrayInputStream(accepted[1].getBytes(StandardCharsets.UTF_8)));
            assertTrue(r.documentId() > 0, accepted[0]);
        }
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> ingestion.receive(
                new DocumentDescription("atlantida", DocumentType.OTRO, null, "x", null, null, "x.txt"), InputStream.nullInputStream()));
        assertTrue(unknown.getMessage().startsWith("legislature:"));
    }

    @Test
    @Order(10)
    void rebuildingTheIndexKeepsSearchAnswering() throws Exception {
        awaitExtraction();
        relay.relayDue(); // everything extracted so far is in the index before it is rebuilt
        index.refresh();
        long before = index.count();
        AtomicInteger answered = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService searcher = Executors.newSingleThreadExecutor();
        Future<?> searching = searcher.submit(() -> {
            Instant end = Instant.now().plusSeconds(3);
            while (Instant.now().isBefore(end)) {
                try {
                    if (index.search(query("toolkit", Set.of(), Set.of())).total() > 0) {
                        answered.incrementAndGet();
                    } else {
                        failed.incrementAndGet();
                    }
                } catch (RuntimeException e) {
                    failed.incrementAndGet();
                }
            }
        });
        String rebuilt = new DocumentReindex(database, documents, legislatures, index, Clock.systemUTC()).rebuild(n -> { });
        searching.get();
        searcher.shutdown();
        assertTrue(rebuilt.startsWith("it-docs-documents-v" + IndexDefinition.readDirectory(CONFIG.resolve("elasticsearch")).get("documents").version() + "-r"),
                rebuilt);
        assertEquals(0, failed.get(), "every search during the rebuild found its document");
        assertTrue(answered.get() > 0);
        assertEquals(before, index.count());
    }

    @Test
    @Order(11)
    void withElasticsearchDownWorkWaitsInTheOutboxAndCatchesUpWithoutDuplicates(@TempDir Path outage) throws Exception {
        SearchNode node = new SearchNode(new SearchNodeOptions(Path.of(System.getProperty("parlamento.test.es.distribution")),
                Path.of(System.getProperty("parlamento.test.es.plugin")), Path.of(System.getProperty("parlamento.test.es.home") + "-outage"),
                9410, 9510, "384m"));
        node.start(Duration.ofMinutes(3));
        try (ElasticsearchSearchIndex base = new ElasticsearchSearchIndex(node.url(), "it-outage", IndexDefinition.readDirectory(CONFIG.resolve("elasticsearch")))) {
            base.deleteIndices();
            base.ensureIndices();
            base.activateIndices();
            ElasticsearchDocumentIndex outageIndex = new ElasticsearchDocumentIndex(base);
            SearchOutboxRelay outageRelay = new SearchOutboxRelay(database, documents, legislatures, outageIndex, Clock.systemUTC());
            new DocumentReindex(database, documents, legislatures, outageIndex, Clock.systemUTC()).rebuild(n -> { });
            outageRelay.relayDue(Instant.now().plusSeconds(3600));
            long indexedBefore = outageIndex.count();

            node.stop();
            List<Long> added = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                added.add(receiveText("Documento recibido con Elasticsearch detenido número " + i + ".", null, "caida-" + i).documentId());
            }
            awaitExtraction();
            assertEquals(0, outageRelay.relayDue(), "nothing can be indexed while the node is down");
            assertTrue(outageRelay.pending() >= 3, "the work waits in the outbox");

            node.start(Duration.ofMinutes(3));
            outageRelay.relayDue(Instant.now().plusSeconds(3600));
            outageIndex.refresh();
            long indexedInDatabase = InUnit.of(database, em -> documents.countByStatus()).get(DocumentStatus.INDEXED);
            assertEquals(0, outageRelay.pending());
            assertEquals(indexedBefore + 3, outageIndex.count(), "each new document indexed once");
            assertEquals(indexedInDatabase, outageIndex.count(), "database count = index count");
            for (long id : added) {
                assertEquals(DocumentStatus.INDEXED, InUnit.of(database, em -> documents.find(id).orElseThrow()).status());
            }
        } finally {
            node.stop();
        }
    }

    @Test
    @Order(12)
    void anExtractedDocumentIsIndexedWithoutWaitingForAScheduledRound() throws Exception {
        java.util.concurrent.ScheduledExecutorService rounds = Executors.newSingleThreadScheduledExecutor();
        try {
            SearchOutboxRelay asked = new SearchOutboxRelay(database, documents, legislatures, index, Clock.systemUTC(), rounds);
            DocumentIngestion portalLike = new DocumentIngestion(database, documents, legislatures, files, extractor, executor,
                    mx.parlamentoabierto.testing.TestEvents.deliveringTo(database, new SearchOutboxWakeUp(asked)),
                    Clock.systemUTC());
            long id = receiveText(portalLike, "Acta de la sesión extraordinaria sobre aguas nacionales y cuencas lacustres.", null,
                    "sin-ronda").documentId();
            // nobody calls relayDue here: the extraction's commit asks the relay for a round
            Await.await(() -> InUnit.of(database, em -> documents.find(id).orElseThrow()).status() == DocumentStatus.INDEXED,
                    Duration.ofSeconds(120), "the document indexed after being received");
            index.refresh();
            assertEquals(List.of(id), index.search(query("cuencas lacustres", Set.of(), Set.of())).hits().stream()
                    .map(h -> h.documentId()).toList());
        } finally {
            rounds.shutdownNow();
        }
    }

    @Test
    @Order(13)
    void aDocumentExtractedByAnotherInstanceIsIndexedWithItsText() throws Exception {
        // This instance receives the upload and reads it back (as its pages do), but stops before extracting it.
        java.util.concurrent.Executor stopsBeforeExtracting = task -> { };
        DocumentIngestion receiving = new DocumentIngestion(database, documents, legislatures, files, extractor, stopsBeforeExtracting,
                mx.parlamentoabierto.testing.TestEvents.deliveringTo(database, new SearchOutboxWakeUp(relay)),
                Clock.systemUTC());
        String text = "Dictamen sobre la protección de humedales costeros y manglares del Pacífico.";
        long id = receiveText(receiving, text, null, "otra-instancia").documentId();
        assertEquals(DocumentStatus.RECEIVED, InUnit.of(database, em -> documents.find(id).orElseThrow()).status());
        // Another instance of the portal extracts it: in one transaction, the text and status and the outbox row. It writes
        // through its own connection, which this instance's EclipseLink does not see (plain SQL here).
        InUnit.run(database, em -> {
            em.createNativeQuery("UPDATE document SET status = 'EXTRACTED', extracted_text = ? WHERE id = ?")
                    .setParameter(1, text).setParameter(2, id)
                    .executeUpdate();
            em.createNativeQuery("INSERT INTO search_outbox (id, document_id, created_at, attempts, next_attempt_at) VALUES (?, ?, ?, 0, ?)")
                    .setParameter(1, 900_000_000L + id).setParameter(2, id).setParameter(3, java.sql.Timestamp.from(Instant.now()))
                    .setParameter(4, java.sql.Timestamp.from(Instant.now())).executeUpdate();
        });
        // This instance's relay sends it: with what the database holds now, not with the copy this instance read before.
        relay.relayDue();
        assertEquals(DocumentStatus.INDEXED, InUnit.of(database, em -> documents.find(id).orElseThrow()).status());
        assertEquals(0, relay.pending(), "the outbox row is settled");
        index.refresh();
        assertEquals(List.of(id), index.search(query("manglares costeros", Set.of(), Set.of())).hits().stream()
                .map(h -> h.documentId()).toList(), "the extracted text is what was indexed");
    }

    /**
     * A long session record (the size of a 160-page Diario de los Debates: ~330,000 characters, built from the
     * corpus's Akoma Ntoso debate) is found, and its fragments mark the words in Spanish — from the first
     * {@value ElasticsearchDocumentIndex#MAX_HIGHLIGHTED_CHARACTERS} characters the highlighter reads.
     */
    @Test
    @Order(20)
    void aLongDebateIsFoundAndItsFragmentsMarkTheWords() throws Exception {
        String debate = new String(Files.readAllBytes(CORPUS.resolve("akoma-ntoso/Debate_mexico_debate_2010-01-26.xml")), StandardCharsets.UTF_8)
                .replaceAll("<[^>]+>", "\n").replaceAll("\n\\s*\n+", "\n");
        StringBuilder text = new StringBuilder();
        while (text.length() < 330_000) {
            text.append(debate).append("\n\n");
        }
        text.append("Al final del diario consta la votación nominal sobre la reforma hidráulica del Ajusco.");
        long id = 9_000_001L;
        BulkOutcome outcome = index.index(List.of(new DocumentIndex.Item(1, new IndexedDocument(id, "diputados", "Cámara de Diputados",
                DocumentType.DIARIO_DEBATES.code(), LocalDate.of(2010, 1, 26), "Diario de los Debates, sesión larga", null, null, "diario.pdf",
                "application/pdf", 1, true, text.toString()))));
        assertEquals(Set.of(1L), outcome.indexed(), outcome.toString());
        index.refresh();

        DocumentSearchResult found = index.search(query("sesiones", Set.of("diputados"), Set.of()));
        DocumentSearchResult.Hit hit = found.hits().stream().filter(h -> h.documentId() == id).findFirst().orElseThrow(() -> new AssertionError(found));
        assertFalse(hit.fragments().isEmpty());
        assertTrue(hit.fragments().stream().anyMatch(f -> f.toLowerCase(java.util.Locale.ROOT).contains("<mark>sesi")), hit.fragments().toString());
        assertTrue(hit.fragments().stream().allMatch(f -> f.length() < 1_000), "fragments, not the text");

        DocumentSearchResult late = index.search(query("hidráulica Ajusco", Set.of("diputados"), Set.of()));
        assertTrue(late.hits().stream().anyMatch(h -> h.documentId() == id), "a match past the highlighted part still finds the document");
    }

    /**
     * A search that runs past its time budget is abandoned with its own exception (the API answers 503 with
     * Retry-After): here a budget of 1 ms for a prefix search highlighted over the long debate.
     */
    @Test
    @Order(21)
    void aSearchPastItsTimeBudgetIsAbandoned() {
        ElasticsearchDocumentIndex hurried = new ElasticsearchDocumentIndex(searchBase, Duration.ofMillis(1));
        mx.parlamentoabierto.search.domain.SearchTimeoutException e = assertThrows(mx.parlamentoabierto.search.domain.SearchTimeoutException.class,
                () -> hurried.search(query("sesi* vot* dip*", Set.of("diputados"), Set.of())));
        assertTrue(e.publicDetail().contains("tardó más de"), e.publicDetail());
        assertTrue(index.search(query("sesi* vot* dip*", Set.of("diputados"), Set.of())).total() > 0, "with the normal budget it answers");
    }

    /**
     * When the configuration brings a new mapping version of the documents index, the archive is rebuilt into it
     * and the alias switches only then: until that moment searches answer from the previous index.
     */
    @Test
    @Order(30)
    void aNewMappingVersionIsFilledFromTheDatabaseBeforeTheAliasMoves() throws Exception {
        IndexDefinition current = IndexDefinition.readDirectory(CONFIG.resolve("elasticsearch")).get("documents");
        Map<String, IndexDefinition> upgraded = new java.util.HashMap<>(IndexDefinition.readDirectory(CONFIG.resolve("elasticsearch")));
        upgraded.put("documents", new IndexDefinition("documents", current.version() + 1, current.json()));
        long before = index.count();
        try (ElasticsearchSearchIndex newer = new ElasticsearchSearchIndex(SearchNodeExtension.url(), "it-docs", upgraded)) {
            ElasticsearchDocumentIndex newerIndex = new ElasticsearchDocumentIndex(newer);
            assertTrue(newerIndex.needsRebuild());
            newer.ensureIndices();
            newer.activateIndices();
            assertEquals(before, newerIndex.count(), "the alias stays on the filled index until the rebuild ends");
            java.util.Optional<String> rebuilt = new DocumentReindex(database, documents, legislatures, newerIndex, Clock.systemUTC())
                    .rebuildIfOutdated(n -> { });
            assertTrue(rebuilt.orElseThrow().startsWith("it-docs-documents-v" + (current.version() + 1) + "-r"), rebuilt.toString());
            assertFalse(newerIndex.needsRebuild());
            assertTrue(newerIndex.count() > 0 && newerIndex.search(query("toolkit", Set.of(), Set.of())).total() > 0);
            assertTrue(new DocumentReindex(database, documents, legislatures, newerIndex, Clock.systemUTC()).rebuildIfOutdated(n -> { }).isEmpty());
        }
    }

    private static DocumentQuery query(String text, Set<String> legislatures, Set<String> types) {
        return new DocumentQuery(text, legislatures, types, Optional.empty(), Optional.empty(), false, 1, 100);
    }

    private static Receipt receive(Path file, String legislature, DocumentType type, LocalDate date, String sourceUrl) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return ingestion.receive(new DocumentDescription(legislature, type, date, file.getFileName().toString(), null, sourceUrl,
                    file.getFileName().toString()), in);
        }
    }

    private static Receipt receiveText(String text, String sourceUrl, String identifier) {
        return receiveText(ingestion, text, sourceUrl, identifier);
    }

    private static Receipt receiveText(DocumentIngestion via, String text, String sourceUrl, String identifier) {
        return via.receive(new DocumentDescription("jalisco", DocumentType.GACETA, LocalDate.of(2025, 5, 5), "Gaceta " + identifier,
                identifier, sourceUrl, "gaceta-" + identifier + ".txt"), new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static void awaitExtraction() {
        Await.await(() -> InUnit.of(database, em -> documents.idsAwaitingExtraction(1)).isEmpty(), Duration.ofSeconds(180),
                "every document extracted");
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
