-- Ingest jobs: one import of many files (a folder from ./parlamento ingest, a batch from the upload page),
-- and what became of each file, so that long imports show their progress and their failures.

CREATE SEQUENCE ingest_job_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE ingest_job (
    id              BIGINT        NOT NULL PRIMARY KEY,
    label           VARCHAR(200)  NOT NULL,
    expected_files  INTEGER       NOT NULL,
    created_by      VARCHAR(100)  NOT NULL,
    created_at      TIMESTAMP     NOT NULL
);

CREATE SEQUENCE ingest_job_file_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE ingest_job_file (
    id           BIGINT         NOT NULL PRIMARY KEY,
    job_id       BIGINT         NOT NULL REFERENCES ingest_job (id) ON DELETE CASCADE,
    file_name    VARCHAR(300)   NOT NULL,
    outcome      VARCHAR(16)    NOT NULL,
    document_id  BIGINT         REFERENCES document (id),
    reason       VARCHAR(1000),
    recorded_at  TIMESTAMP      NOT NULL
);

CREATE INDEX ix_ingest_job_file_job ON ingest_job_file (job_id, id);
