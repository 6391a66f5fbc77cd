-- Budgets (docs/budgets.md): bodies that have a budget (a legislature of the registry, or another body a source reports
-- apart), the files imported, and one line per body × year × stage × economic class × programme (programme_code ''
-- for a body's own total when its source breaks it down no further). Importing a file replaces the lines of the
-- body × year pairs it covers, in one transaction.

CREATE TABLE budget_body (
    id              VARCHAR(64)   NOT NULL PRIMARY KEY,
    name            VARCHAR(300)  NOT NULL,
    legislature_id  VARCHAR(64)   REFERENCES legislature (id)
);

CREATE SEQUENCE budget_source_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE budget_source (
    id           BIGINT        NOT NULL PRIMARY KEY,
    file_name    VARCHAR(300)  NOT NULL,
    sha256       VARCHAR(64)   NOT NULL,
    format       VARCHAR(32)   NOT NULL,
    description  VARCHAR(500)  NOT NULL,
    document_id  BIGINT        REFERENCES document (id),
    imported_at  TIMESTAMP     NOT NULL,
    imported_by  VARCHAR(100)
);
CREATE INDEX ix_budget_source_sha256 ON budget_source (sha256);

CREATE SEQUENCE budget_line_seq START WITH 500 INCREMENT BY 500;
CREATE TABLE budget_line (
    id              BIGINT         NOT NULL PRIMARY KEY,
    source_id       BIGINT         NOT NULL REFERENCES budget_source (id),
    body_id         VARCHAR(64)    NOT NULL REFERENCES budget_body (id),
    budget_year     INTEGER        NOT NULL,
    stage           VARCHAR(16)    NOT NULL,
    economic_class  VARCHAR(32)    NOT NULL,
    programme_code  VARCHAR(32)    NOT NULL,
    programme_name  VARCHAR(500),
    amount          NUMERIC(18,2)  NOT NULL,
    CONSTRAINT uq_budget_line UNIQUE (body_id, budget_year, stage, economic_class, programme_code)
);
CREATE INDEX ix_budget_line_source ON budget_line (source_id);
