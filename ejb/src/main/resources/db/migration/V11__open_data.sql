-- Open data (docs/opendata.md): every published version of every dataset, never changed or removed; the files are in
-- the data directory under opendata/<dataset>/<version>/.
CREATE TABLE dataset_version (
    dataset      VARCHAR(64)   NOT NULL,
    version      VARCHAR(64)   NOT NULL,
    built_at     TIMESTAMP     NOT NULL,
    row_count    BIGINT        NOT NULL,
    csv_sha256   VARCHAR(64)   NOT NULL,
    json_sha256  VARCHAR(64)   NOT NULL,
    csv_bytes    BIGINT        NOT NULL,
    json_bytes   BIGINT        NOT NULL,
    fingerprint  VARCHAR(200)  NOT NULL,
    PRIMARY KEY (dataset, version)
);
