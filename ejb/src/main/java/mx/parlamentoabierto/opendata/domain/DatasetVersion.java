package mx.parlamentoabierto.opendata.domain;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * A published version of a dataset: its identifier (the build time and the start of its content's hash, e.g.
 * {@code 20261207T101500Z-3f2a9c1b}), rows, the SHA-256 and size of its CSV and JSON files, and the fingerprint of the
 * data it was built from. Versions are never changed or removed: a URL with a version stays valid.
 */
@Entity
@Cacheable(false)
@Table(name = "dataset_version")
@IdClass(DatasetVersion.Key.class)
public class DatasetVersion {

    /** The primary key: dataset and version. */
    public static class Key implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        String dataset;
        String version;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.dataset.equals(dataset) && k.version.equals(version);
        }

        @Override
        public int hashCode() {
            return Objects.hash(dataset, version);
        }
    }

    @Id
    @Column(length = 64)
    private String dataset;

    @Id
    @Column(length = 64)
    private String version;

    @Column(name = "built_at", nullable = false)
    private Instant builtAt;

    @Column(name = "row_count", nullable = false)
    private long rows;

    @Column(name = "csv_sha256", nullable = false, length = 64)
    private String csvSha256;

    @Column(name = "json_sha256", nullable = false, length = 64)
    private String jsonSha256;

    @Column(name = "csv_bytes", nullable = false)
    private long csvBytes;

    @Column(name = "json_bytes", nullable = false)
    private long jsonBytes;

    @Column(nullable = false, length = 200)
    private String fingerprint;

    protected DatasetVersion() {
        // JPA
    }

    public DatasetVersion(String dataset, String version, Instant builtAt, long rows, String csvSha256, String jsonSha256, long csvBytes,
            long jsonBytes, String fingerprint) {
        this.dataset = Objects.requireNonNull(dataset);
        this.version = Objects.requireNonNull(version);
        this.builtAt = Objects.requireNonNull(builtAt);
        this.rows = rows;
        this.csvSha256 = csvSha256;
        this.jsonSha256 = jsonSha256;
        this.csvBytes = csvBytes;
        this.jsonBytes = jsonBytes;
        this.fingerprint = fingerprint;
    }

    public String dataset() { return dataset; }
    public String version() { return version; }
    public Instant builtAt() { return builtAt; }
    public long rows() { return rows; }
    public String csvSha256() { return csvSha256; }
    public String jsonSha256() { return jsonSha256; }
    public long csvBytes() { return csvBytes; }
    public long jsonBytes() { return jsonBytes; }
    public String fingerprint() { return fingerprint; }
}
