package mx.parlamentoabierto.opendata.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import mx.parlamentoabierto.opendata.domain.DatasetColumn;
import mx.parlamentoabierto.opendata.domain.DatasetDefinition;
import mx.parlamentoabierto.opendata.domain.DatasetVersion;
import mx.parlamentoabierto.opendata.domain.DatasetVersions;
import mx.parlamentoabierto.platform.ResourceNotFoundException;
import mx.parlamentoabierto.platform.config.PortalConfiguration;
import mx.parlamentoabierto.platform.json.JsonMapping;
import mx.parlamentoabierto.platform.persistence.Database;
import mx.parlamentoabierto.platform.persistence.UnitOfWork;

/**
 * The open data set: every dataset built into {@code <data>/opendata/<dataset>/<version>/} as CSV, JSON and a codebook,
 * when the fingerprint of its data moved and its content really changed; each version recorded (and never removed) so
 * that its URL stays valid. Builds run every {@code parlamento.opendata.interval-seconds} (300) in the background and on
 * request, one at a time; a build streams the rows from the database to the files, page by page.
 */
@ApplicationScoped
public class OpenData {

    private static final Logger LOG = Logger.getLogger(OpenData.class.getName());
    private static final DateTimeFormatter VERSION = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final ObjectMapper MAPPER = JsonMapping.MAPPER;

    private Database database;
    private DatasetVersions versions;
    private DatasetSources sources;
    private Path root;
    private String licence;
    private String licenceUrl;
    private Clock clock;
    /** The fingerprint each dataset was last built or checked at (a build whose content did not change records it here). */
    private final Map<String, String> checked = new ConcurrentHashMap<>();
    private ScheduledFuture<?> rounds;

    protected OpenData() {
        // CDI proxy
    }

    @Inject
    public OpenData(Database database, DatasetVersions versions, DatasetSources sources, PortalConfiguration configuration, Clock clock) {
        this(database, versions, sources, configuration.dataDir().resolve("opendata"), configuration.openDataLicence(), configuration.openDataLicenceUrl(),
                clock);
    }

    public OpenData(Database database, DatasetVersions versions, DatasetSources sources, Path root, String licence, String licenceUrl,
            Clock clock) {
        this.database = database;
        this.versions = versions;
        this.sources = sources;
        this.root = root;
        this.licence = licence;
        this.licenceUrl = licenceUrl;
        this.clock = clock;
    }

    /** What a build did for one dataset: {@code built} (a new version), {@code unchanged} (same content), {@code current}. */
    public record Outcome(String dataset, String status, String version, long rows, long millis) {
    }

    /** Builds every dataset whose data changed; one build at a time. */
    public synchronized List<Outcome> buildIfChanged() {
        List<Outcome> outcomes = new ArrayList<>();
        for (DatasetSource source : sources.all()) {
            outcomes.add(build(source, false));
        }
        return outcomes;
    }

    /** Builds one dataset now, whatever its fingerprint says (a new version only if its content changed). */
    public synchronized Outcome build(String dataset) {
        return build(source(dataset), true);
    }

    private Outcome build(DatasetSource source, boolean force) {
        long t0 = System.nanoTime();
        String name = source.definition().name();
        String fingerprint = source.fingerprint();
        Optional<DatasetVersion> latest;
        try (Database.Unit unit = database.open()) { // the build itself runs outside any unit: its sources read page by page
            latest = latest(name);
            unit.commit();
        }
        if (!force && (fingerprint.equals(checked.get(name)) || latest.map(v -> v.fingerprint().equals(fingerprint)).orElse(false))) {
            checked.put(name, fingerprint);
            return new Outcome(name, "current", latest.map(DatasetVersion::version).orElse(null), latest.map(DatasetVersion::rows).orElse(0L),
                    (System.nanoTime() - t0) / 1_000_000);
        }
        Path temporary = null;
        try {
            Files.createDirectories(root);
            temporary = Files.createTempDirectory(root, ".construyendo-" + name + "-");
            DatasetFiles.Written written;
            try (DatasetFiles files = new DatasetFiles(temporary, source.definition())) {
                source.rows(files);
                written = files.finish();
            }
            checked.put(name, fingerprint);
            if (latest.isPresent() && latest.get().csvSha256().equals(written.csvSha256())) {
                return new Outcome(name, "unchanged", latest.get().version(), written.rows(), (System.nanoTime() - t0) / 1_000_000);
            }
            Instant builtAt = clock.instant();
            String version = VERSION.format(builtAt) + "-" + written.csvSha256().substring(0, 8);
            DatasetVersion v = new DatasetVersion(name, version, builtAt, written.rows(), written.csvSha256(), written.jsonSha256(), written.csvBytes(),
                    written.jsonBytes(), fingerprint);
            Files.writeString(temporary.resolve("codebook.json"), MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(codebook(source.definition(), v)));
            Path target = root.resolve(name).resolve(version);
            Files.createDirectories(target.getParent());
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            temporary = null;
            try (Database.Unit unit = database.open()) { // recorded once its files are in place
                versions.add(v);
                unit.commit();
            }
            return new Outcome(name, "built", version, written.rows(), (System.nanoTime() - t0) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException("no se pudo construir el conjunto " + name + ": " + e.getMessage(), e);
        } finally {
            if (temporary != null) {
                deleteQuietly(temporary);
            }
        }
    }

    /** What the CSV does to text a spreadsheet would run (platform.csv.CsvWriter); the codebook says it with every file. */
    static final String FORMULA_NOTE = "Una celda de texto que empieza con =, +, -, @, tabulador o retorno lleva un apóstrofo delante (') "
            + "para que una hoja de cálculo no la ejecute como fórmula (recomendación de OWASP sobre inyección en CSV); el JSON guarda el texto "
            + "sin cambios. Los números se escriben tal cual.";

    /** The codebook of a version: what the dataset is, its licence, every column, and its files' hashes. */
    public ObjectNode codebook(DatasetDefinition d, DatasetVersion v) {
        ObjectNode book = MAPPER.createObjectNode();
        book.put("dataset", d.name());
        book.put("title", d.title());
        book.put("description", d.description());
        book.put("version", v.version());
        book.put("built_at", v.builtAt().toString());
        book.put("rows", v.rows());
        ObjectNode licenceNode = book.putObject("license");
        licenceNode.put("name", licence);
        licenceNode.put("url", licenceUrl);
        licenceNode.put("attribution", "Parlamento Abierto (portal de apertura legislativa), conjunto «" + d.title() + "», versión " + v.version());
        ObjectNode files = book.putObject("files");
        files.putObject("csv").put("name", d.name() + ".csv").put("media_type", "text/csv; charset=utf-8").put("sha256", v.csvSha256())
                .put("bytes", v.csvBytes()).put("formulas", FORMULA_NOTE);
        files.putObject("json").put("name", d.name() + ".json").put("media_type", "application/json").put("sha256", v.jsonSha256())
                .put("bytes", v.jsonBytes());
        ArrayNode columns = book.putArray("columns");
        for (DatasetColumn c : d.columns()) {
            ObjectNode col = columns.addObject();
            col.put("name", c.name());
            col.put("type", c.type());
            if (c.unit() != null) {
                col.put("unit", c.unit());
            }
            col.put("description", c.description());
            if (!c.allowed().isEmpty()) {
                ArrayNode allowed = col.putArray("allowed_values");
                c.allowed().forEach(allowed::add);
            }
        }
        return book;
    }

    public List<DatasetDefinition> definitions() {
        return sources.all().stream().map(DatasetSource::definition).toList();
    }

    public DatasetDefinition definition(String dataset) {
        return source(dataset).definition();
    }

    private DatasetSource source(String dataset) {
        return sources.all().stream().filter(s -> s.definition().name().equals(dataset)).findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("dataset", "No hay un conjunto de datos '" + dataset + "'"));
    }

    /** Every version of a dataset, newest first. */
    @UnitOfWork
    public List<DatasetVersion> versions(String dataset) {
        source(dataset);
        return versions.of(dataset).stream().sorted(Comparator.comparing(DatasetVersion::builtAt).reversed()).toList();
    }

    @UnitOfWork
    public Optional<DatasetVersion> latest(String dataset) {
        return versions.latest(dataset);
    }

    @UnitOfWork
    public DatasetVersion version(String dataset, String version) {
        return versions(dataset).stream().filter(v -> v.version().equals(version)).findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("version", "El conjunto '" + dataset + "' no tiene la versión '" + version + "'"));
    }

    /** The file of a version: {@code csv}, {@code json} or {@code codebook}. */
    public Path file(DatasetVersion v, String kind) {
        String name = switch (kind) {
            case "csv" -> v.dataset() + ".csv";
            case "json" -> v.dataset() + ".json";
            case "codebook" -> "codebook.json";
            default -> throw new ResourceNotFoundException("format", "Formato desconocido '" + kind + "' (csv, json, codebook)");
        };
        return root.resolve(v.dataset()).resolve(v.version()).resolve(name);
    }

    public String licence() {
        return licence;
    }

    public String licenceUrl() {
        return licenceUrl;
    }

    /** Builds every {@code intervalSeconds} on {@code executor}, the first after {@code delaySeconds}. Idempotent. */
    public synchronized void start(ScheduledExecutorService executor, long delaySeconds, long intervalSeconds) {
        if (rounds == null) {
            rounds = executor.scheduleWithFixedDelay(() -> {
                try {
                    List<Outcome> outcomes = buildIfChanged();
                    outcomes.stream().filter(o -> o.status().equals("built")).forEach(o -> LOG.info("Datos abiertos: " + o.dataset() + " versión "
                            + o.version() + " (" + o.rows() + " filas, " + o.millis() + " ms)"));
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Datos abiertos: la construcción falló; se reintentará", e);
                }
            }, delaySeconds, intervalSeconds, TimeUnit.SECONDS);
        }
    }

    public synchronized void stop() {
        if (rounds != null) {
            rounds.cancel(false);
            rounds = null;
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary directory is harmless
        }
    }
}
