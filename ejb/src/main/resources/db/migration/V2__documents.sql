-- Searchable archive: documents (source of truth for the search index), their status history, the
-- search outbox written in the same transaction as each document change, and ingest jobs.

CREATE SEQUENCE document_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE document (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    legislature_id      VARCHAR(64)   NOT NULL REFERENCES legislature (id),
    document_type       VARCHAR(40)   NOT NULL,
    document_date       DATE,
    title               VARCHAR(500)  NOT NULL,
    identifier          VARCHAR(100),
    source_url          VARCHAR(2000),
    version_number      INTEGER       NOT NULL,
    is_current          BOOLEAN       NOT NULL,
    previous_version_id BIGINT        REFERENCES document (id),
    original_file_name  VARCHAR(300)  NOT NULL,
    media_type          VARCHAR(200)  NOT NULL,
    size_bytes          BIGINT        NOT NULL,
    sha256              VARCHAR(64)   NOT NULL,
    extracted_text      ${long_text},
    text_truncated      BOOLEAN       NOT NULL,
    embedded_documents  INTEGER       NOT NULL,
    meta_title          VARCHAR(1000),
    meta_author         VARCHAR(500),
    meta_created        VARCHAR(64),
    meta_modified       VARCHAR(64),
    meta_page_count     INTEGER,
    meta_language       VARCHAR(32),
    status              VARCHAR(16)   NOT NULL,
    failure_reason      VARCHAR(1000),
    received_at         TIMESTAMP     NOT NULL,
    updated_at          TIMESTAMP     NOT NULL,
    CONSTRAINT uq_document_sha256 UNIQUE (sha256)
);

CREATE INDEX ix_document_source ON document (source_url);
CREATE INDEX ix_document_status ON document (status);

CREATE TABLE document_status_history (
    document_id  BIGINT       NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    change_order INTEGER      NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    changed_at   TIMESTAMP    NOT NULL,
    detail       VARCHAR(1000),
    PRIMARY KEY (document_id, change_order)
);

CREATE SEQUENCE search_outbox_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE search_outbox (
    id              BIGINT        NOT NULL PRIMARY KEY,
    document_id     BIGINT        NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    created_at      TIMESTAMP     NOT NULL,
    attempts        INTEGER       NOT NULL,
    next_attempt_at TIMESTAMP     NOT NULL,
    last_error      VARCHAR(1000)
);

CREATE INDEX ix_search_outbox_due ON search_outbox (next_attempt_at);
