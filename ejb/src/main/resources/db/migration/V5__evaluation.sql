-- The evaluation cycle (docs/decisions/0016-evaluation-workflow.md): accounts and their roles, personal API
-- tokens, the life of an edition (state, windows, legislatures in scope, revisions), assignments, every revision
-- of an answer, reviews, objections (right of reply), published snapshots and the append-only audit log.

CREATE SEQUENCE account_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE account (
    id              BIGINT        NOT NULL PRIMARY KEY,
    name            VARCHAR(64)   NOT NULL,
    display_name    VARCHAR(200)  NOT NULL,
    password_hash   VARCHAR(200)  NOT NULL,
    legislature_id  VARCHAR(64)   REFERENCES legislature (id),
    active          BOOLEAN       NOT NULL,
    created_at      TIMESTAMP     NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT uq_account_name UNIQUE (name)
);

CREATE TABLE account_role (
    account_id  BIGINT       NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    role        VARCHAR(32)  NOT NULL,
    PRIMARY KEY (account_id, role)
);

CREATE SEQUENCE api_token_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE api_token (
    id            BIGINT        NOT NULL PRIMARY KEY,
    account_id    BIGINT        NOT NULL REFERENCES account (id),
    label         VARCHAR(100)  NOT NULL,
    token_sha256  VARCHAR(64)   NOT NULL,
    token_prefix  VARCHAR(16)   NOT NULL,
    created_at    TIMESTAMP     NOT NULL,
    revoked_at    TIMESTAMP,
    CONSTRAINT uq_api_token UNIQUE (token_sha256)
);

-- Editions that existed before the cycle (the demonstration edition) count as published.
ALTER TABLE edition ADD COLUMN state VARCHAR(16) DEFAULT 'PUBLISHED' NOT NULL;
ALTER TABLE edition ADD COLUMN evaluation_opens DATE;
ALTER TABLE edition ADD COLUMN evaluation_closes DATE;
ALTER TABLE edition ADD COLUMN reply_opens DATE;
ALTER TABLE edition ADD COLUMN reply_closes DATE;
ALTER TABLE edition ADD COLUMN evaluator_names VARCHAR(16) DEFAULT 'NAMED' NOT NULL;
ALTER TABLE edition ADD COLUMN revision INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE edition ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;

CREATE TABLE edition_legislature (
    edition_id      VARCHAR(64)  NOT NULL REFERENCES edition (id),
    legislature_id  VARCHAR(64)  NOT NULL REFERENCES legislature (id),
    PRIMARY KEY (edition_id, legislature_id)
);

ALTER TABLE answer ADD COLUMN status VARCHAR(16) DEFAULT 'ACCEPTED' NOT NULL;
ALTER TABLE answer ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE answer ADD COLUMN author VARCHAR(64);
ALTER TABLE answer_evidence ALTER COLUMN url DROP NOT NULL;
ALTER TABLE answer_evidence ADD COLUMN document_id BIGINT;

CREATE SEQUENCE assignment_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE assignment (
    id              BIGINT       NOT NULL PRIMARY KEY,
    edition_id      VARCHAR(64)  NOT NULL REFERENCES edition (id),
    legislature_id  VARCHAR(64)  NOT NULL REFERENCES legislature (id),
    evaluator_id    BIGINT       NOT NULL REFERENCES account (id),
    reviewer_id     BIGINT       NOT NULL REFERENCES account (id),
    submitted_at    TIMESTAMP,
    version         BIGINT       NOT NULL,
    CONSTRAINT uq_assignment UNIQUE (edition_id, legislature_id)
);

CREATE SEQUENCE answer_revision_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE answer_revision (
    id              BIGINT         NOT NULL PRIMARY KEY,
    edition_id      VARCHAR(64)    NOT NULL REFERENCES edition (id),
    legislature_id  VARCHAR(64)    NOT NULL,
    variable_id     VARCHAR(32)    NOT NULL,
    revision        INTEGER        NOT NULL,
    answer_value    INTEGER        NOT NULL,
    justification   VARCHAR(4000)  NOT NULL,
    evidence        ${long_text}   NOT NULL,
    author          VARCHAR(64)    NOT NULL,
    cause           VARCHAR(32)    NOT NULL,
    recorded_at     TIMESTAMP      NOT NULL
);

CREATE INDEX ix_answer_revision ON answer_revision (edition_id, legislature_id, variable_id, revision);

CREATE SEQUENCE answer_review_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE answer_review (
    id              BIGINT         NOT NULL PRIMARY KEY,
    edition_id      VARCHAR(64)    NOT NULL REFERENCES edition (id),
    legislature_id  VARCHAR(64)    NOT NULL,
    variable_id     VARCHAR(32)    NOT NULL,
    author          VARCHAR(64)    NOT NULL,
    decision        VARCHAR(16)    NOT NULL,
    comment         VARCHAR(4000),
    recorded_at     TIMESTAMP      NOT NULL
);

CREATE INDEX ix_answer_review ON answer_review (edition_id, legislature_id, variable_id);

CREATE SEQUENCE objection_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE objection (
    id              BIGINT         NOT NULL PRIMARY KEY,
    edition_id      VARCHAR(64)    NOT NULL REFERENCES edition (id),
    legislature_id  VARCHAR(64)    NOT NULL,
    variable_id     VARCHAR(32)    NOT NULL,
    filed_by        VARCHAR(64)    NOT NULL,
    argument        VARCHAR(4000)  NOT NULL,
    evidence        ${long_text}   NOT NULL,
    filed_at        TIMESTAMP      NOT NULL,
    outcome         VARCHAR(16)    NOT NULL,
    resolution      VARCHAR(4000),
    resolved_by     VARCHAR(64),
    resolved_at     TIMESTAMP,
    version         BIGINT         NOT NULL
);

CREATE INDEX ix_objection ON objection (edition_id, legislature_id);

CREATE TABLE edition_snapshot (
    edition_id      VARCHAR(64)    NOT NULL REFERENCES edition (id),
    revision        INTEGER        NOT NULL,
    published_at    TIMESTAMP      NOT NULL,
    published_by    VARCHAR(64)    NOT NULL,
    change_note     VARCHAR(4000),
    content_sha256  VARCHAR(64)    NOT NULL,
    content         ${long_text}   NOT NULL,
    PRIMARY KEY (edition_id, revision)
);

-- Append-only: the portal has no update or delete path for it (docs/decisions/0016).
CREATE SEQUENCE audit_entry_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE audit_entry (
    id              BIGINT         NOT NULL PRIMARY KEY,
    recorded_at     TIMESTAMP      NOT NULL,
    actor           VARCHAR(64)    NOT NULL,
    actor_address   VARCHAR(64)    NOT NULL,
    action          VARCHAR(64)    NOT NULL,
    subject_type    VARCHAR(32)    NOT NULL,
    subject_id      VARCHAR(200)   NOT NULL,
    edition_id      VARCHAR(64),
    before_state    ${long_text},
    after_state     ${long_text}
);

CREATE INDEX ix_audit_edition ON audit_entry (edition_id, id);
