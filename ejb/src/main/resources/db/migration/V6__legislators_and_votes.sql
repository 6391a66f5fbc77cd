-- Legislators, sessions and votes (docs/decisions/0017-legislators-sessions-votes.md), in Popolo's terms: terms of
-- a legislature, persons with their identifiers, organizations (chamber, parliamentary groups, committees), areas,
-- posts, memberships; sittings (Popolo events); vote events with the totals their source printed and one vote per
-- voter (person_id null when the voter matched no person: kept, never dropped). Ids are the legislature's id, a
-- colon and the source's own id, so re-importing the same source finds the same rows.

CREATE TABLE legislative_term (
    legislature_id  VARCHAR(64)   NOT NULL REFERENCES legislature (id),
    id              VARCHAR(16)   NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    start_date      DATE,
    end_date        DATE,
    source_id       VARCHAR(200),
    PRIMARY KEY (legislature_id, id)
);

CREATE TABLE person (
    id              VARCHAR(200)  NOT NULL PRIMARY KEY,
    legislature_id  VARCHAR(64)   NOT NULL REFERENCES legislature (id),
    source_id       VARCHAR(200)  NOT NULL,
    name            VARCHAR(300)  NOT NULL,
    sort_name       VARCHAR(300)  NOT NULL,
    given_name      VARCHAR(200),
    family_name     VARCHAR(200),
    gender          VARCHAR(32),
    birth_date      VARCHAR(10),
    image           VARCHAR(1000),
    email           VARCHAR(320),
    name_key        VARCHAR(300)  NOT NULL,
    search_name     VARCHAR(300)  NOT NULL,
    details         ${long_text},
    updated_at      TIMESTAMP     NOT NULL
);
CREATE INDEX ix_person_directory ON person (legislature_id, sort_name);
CREATE INDEX ix_person_name_key ON person (legislature_id, name_key);

CREATE TABLE person_identifier (
    person_id   VARCHAR(200)  NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    scheme      VARCHAR(100)  NOT NULL,
    identifier  VARCHAR(200)  NOT NULL,
    PRIMARY KEY (person_id, scheme, identifier)
);
CREATE INDEX ix_person_identifier ON person_identifier (scheme, identifier);

CREATE TABLE organization (
    id              VARCHAR(200)  NOT NULL PRIMARY KEY,
    legislature_id  VARCHAR(64)   NOT NULL REFERENCES legislature (id),
    source_id       VARCHAR(200)  NOT NULL,
    name            VARCHAR(300)  NOT NULL,
    classification  VARCHAR(64)   NOT NULL,
    parent_id       VARCHAR(200),
    details         ${long_text},
    updated_at      TIMESTAMP     NOT NULL
);
CREATE INDEX ix_organization_legislature ON organization (legislature_id, classification);

CREATE TABLE area (
    id              VARCHAR(300)  NOT NULL PRIMARY KEY,
    legislature_id  VARCHAR(64)   NOT NULL REFERENCES legislature (id),
    source_id       VARCHAR(300)  NOT NULL,
    name            VARCHAR(300)  NOT NULL,
    classification  VARCHAR(64),
    state_key       VARCHAR(100),
    state_name      VARCHAR(100),
    district        INTEGER,
    region          INTEGER
);
CREATE INDEX ix_area_state ON area (legislature_id, state_key, district);

CREATE TABLE post (
    id               VARCHAR(300)  NOT NULL PRIMARY KEY,
    legislature_id   VARCHAR(64)   NOT NULL REFERENCES legislature (id),
    source_id        VARCHAR(300)  NOT NULL,
    label            VARCHAR(300)  NOT NULL,
    role             VARCHAR(100),
    organization_id  VARCHAR(200)  REFERENCES organization (id),
    area_id          VARCHAR(300)  REFERENCES area (id)
);

CREATE TABLE membership (
    id               VARCHAR(300)  NOT NULL PRIMARY KEY,
    legislature_id   VARCHAR(64)   NOT NULL REFERENCES legislature (id),
    person_id        VARCHAR(200)  NOT NULL REFERENCES person (id),
    organization_id  VARCHAR(200)  NOT NULL REFERENCES organization (id),
    on_behalf_of_id  VARCHAR(200)  REFERENCES organization (id),
    post_id          VARCHAR(300)  REFERENCES post (id),
    area_id          VARCHAR(300)  REFERENCES area (id),
    role             VARCHAR(100),
    label            VARCHAR(300),
    term_id          VARCHAR(16),
    start_date       VARCHAR(10),
    end_date         VARCHAR(10),
    source_url       VARCHAR(1000)
);
CREATE INDEX ix_membership_person ON membership (person_id);
CREATE INDEX ix_membership_term ON membership (legislature_id, term_id);
CREATE INDEX ix_membership_group ON membership (on_behalf_of_id);
CREATE INDEX ix_membership_area ON membership (area_id);

CREATE TABLE sitting (
    id              VARCHAR(200)  NOT NULL PRIMARY KEY,
    legislature_id  VARCHAR(64)   NOT NULL REFERENCES legislature (id),
    term_id         VARCHAR(16),
    sitting_date    DATE          NOT NULL,
    classification  VARCHAR(32)   NOT NULL,
    name            VARCHAR(500)  NOT NULL
);
CREATE INDEX ix_sitting_date ON sitting (legislature_id, sitting_date);

CREATE TABLE vote_event (
    id                  VARCHAR(200)   NOT NULL PRIMARY KEY,
    legislature_id      VARCHAR(64)    NOT NULL REFERENCES legislature (id),
    term_id             VARCHAR(16),
    identifier          VARCHAR(100)   NOT NULL,
    sitting_id          VARCHAR(200)   REFERENCES sitting (id),
    vote_date           DATE           NOT NULL,
    title               VARCHAR(2000)  NOT NULL,
    search_title        VARCHAR(2000)  NOT NULL,
    period              VARCHAR(300),
    result              VARCHAR(32),
    source_url          VARCHAR(1000)  NOT NULL,
    retrieved_at        TIMESTAMP      NOT NULL,
    source_document_id  BIGINT         REFERENCES document (id),
    content_sha256      VARCHAR(64)    NOT NULL,
    counts_agree        BOOLEAN        NOT NULL,
    count_problems      ${long_text},
    notes               ${long_text},
    yes_count           INTEGER        NOT NULL,
    no_count            INTEGER        NOT NULL,
    abstain_count       INTEGER        NOT NULL,
    absent_count        INTEGER        NOT NULL,
    excused_count       INTEGER        NOT NULL,
    not_voting_count    INTEGER        NOT NULL,
    present_count       INTEGER        NOT NULL,
    paired_count        INTEGER        NOT NULL,
    other_count         INTEGER        NOT NULL,
    unmatched_count     INTEGER        NOT NULL,
    imported_by         VARCHAR(64)    NOT NULL,
    imported_at         TIMESTAMP      NOT NULL
);
CREATE INDEX ix_vote_event_date ON vote_event (legislature_id, vote_date);
CREATE INDEX ix_vote_event_term ON vote_event (legislature_id, term_id, vote_date);
CREATE INDEX ix_vote_event_sitting ON vote_event (sitting_id);

CREATE TABLE vote_count (
    vote_event_id  VARCHAR(200)  NOT NULL REFERENCES vote_event (id) ON DELETE CASCADE,
    group_key      VARCHAR(64)   NOT NULL,
    label          VARCHAR(100)  NOT NULL,
    options        VARCHAR(200)  NOT NULL,
    declared       INTEGER       NOT NULL,
    PRIMARY KEY (vote_event_id, group_key, label)
);

CREATE TABLE vote (
    id               BIGINT        GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    vote_event_id    VARCHAR(200)  NOT NULL REFERENCES vote_event (id) ON DELETE CASCADE,
    line_no          INTEGER       NOT NULL,
    person_id        VARCHAR(200)  REFERENCES person (id),
    voter_name       VARCHAR(300)  NOT NULL,
    voter_source_id  VARCHAR(100),
    vote_option      VARCHAR(16)   NOT NULL,
    raw_option       VARCHAR(100),
    group_id         VARCHAR(200)  REFERENCES organization (id),
    match_method     VARCHAR(16),
    CONSTRAINT uq_vote_line UNIQUE (vote_event_id, line_no)
);
CREATE INDEX ix_vote_person ON vote (person_id, vote_option);
CREATE INDEX ix_vote_group ON vote (group_id);
