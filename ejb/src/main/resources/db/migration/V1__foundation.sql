-- Parlamento Abierto: foundation schema. One script for H2 and PostgreSQL; ${long_text} is a Flyway
-- placeholder (TEXT on PostgreSQL, CHARACTER LARGE OBJECT on H2).

CREATE TABLE legislature (
    id          VARCHAR(64)  NOT NULL PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    kind        VARCHAR(32)  NOT NULL,
    state_name  VARCHAR(100),
    country     VARCHAR(2)   NOT NULL,
    website     VARCHAR(500),
    sort_order  INTEGER      NOT NULL
);

CREATE TABLE methodology_version (
    methodology_key VARCHAR(100) NOT NULL PRIMARY KEY,
    methodology_id  VARCHAR(64)  NOT NULL,
    version         VARCHAR(32)  NOT NULL,
    title           VARCHAR(300) NOT NULL,
    content_sha256  VARCHAR(64)  NOT NULL,
    content         ${long_text} NOT NULL,
    frozen_at       TIMESTAMP    NOT NULL,
    CONSTRAINT uq_methodology_version UNIQUE (methodology_id, version)
);

CREATE TABLE edition (
    id              VARCHAR(64)  NOT NULL PRIMARY KEY,
    title           VARCHAR(300) NOT NULL,
    edition_year    INTEGER      NOT NULL,
    methodology_key VARCHAR(100) NOT NULL REFERENCES methodology_version (methodology_key),
    demo            BOOLEAN      NOT NULL,
    created_at      TIMESTAMP    NOT NULL
);

-- EclipseLink takes each value as the end of a block of 50, so the first value must be at least 50.
CREATE SEQUENCE answer_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE answer (
    id             BIGINT        NOT NULL PRIMARY KEY,
    edition_id     VARCHAR(64)   NOT NULL REFERENCES edition (id),
    legislature_id VARCHAR(64)   NOT NULL REFERENCES legislature (id),
    variable_id    VARCHAR(32)   NOT NULL,
    answer_value   INTEGER       NOT NULL,
    justification  VARCHAR(4000) NOT NULL,
    updated_at     TIMESTAMP     NOT NULL,
    CONSTRAINT uq_answer UNIQUE (edition_id, legislature_id, variable_id)
);

CREATE INDEX ix_answer_edition ON answer (edition_id, legislature_id);

CREATE TABLE answer_evidence (
    answer_id      BIGINT        NOT NULL REFERENCES answer (id) ON DELETE CASCADE,
    link_order     INTEGER       NOT NULL,
    url            VARCHAR(2000) NOT NULL,
    label          VARCHAR(300),
    retrieved_at   TIMESTAMP,
    content_sha256 VARCHAR(64),
    PRIMARY KEY (answer_id, link_order)
);
