-- Slotwise store, version 1: accounts, labels, slots, posts and settings.
-- Instants are TIMESTAMP WITH TIME ZONE written at UTC; local dates and times are DATE and TIME.

CREATE TABLE account (
    id            VARCHAR(200) NOT NULL PRIMARY KEY,
    owner_id      VARCHAR(200) NOT NULL,
    platform      VARCHAR(20)  NOT NULL,
    name          VARCHAR(200) NOT NULL,
    username      VARCHAR(200),
    added_by_api  BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at    TIMESTAMP(3) WITH TIME ZONE NOT NULL
);
CREATE INDEX account_owner ON account (owner_id, platform);

CREATE TABLE subaccount (
    account_id    VARCHAR(200) NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    id            VARCHAR(200) NOT NULL,
    name          VARCHAR(200) NOT NULL,
    PRIMARY KEY (account_id, id)
);

CREATE TABLE label (
    id            VARCHAR(64)  NOT NULL PRIMARY KEY,
    owner_id      VARCHAR(200) NOT NULL,
    name          VARCHAR(200) NOT NULL,
    created_at    TIMESTAMP(3) WITH TIME ZONE NOT NULL
);

CREATE TABLE slot (
    id                  VARCHAR(64)  NOT NULL PRIMARY KEY,
    owner_id            VARCHAR(200) NOT NULL,
    group_title         VARCHAR(200) NOT NULL,
    recurrence_interval VARCHAR(10)  NOT NULL,
    repeat_every        INT          NOT NULL CHECK (repeat_every >= 1),
    week_day            INT          NOT NULL CHECK (week_day BETWEEN 0 AND 6),
    start_time          TIME         NOT NULL,
    end_time            TIME,
    timezone            VARCHAR(64)  NOT NULL,
    active              BOOLEAN      NOT NULL,
    start_date          DATE,
    anchor_date         DATE         NOT NULL,
    created_at          TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    CHECK (end_time IS NULL OR end_time > start_time)
);
CREATE INDEX slot_owner ON slot (owner_id, group_title);

CREATE TABLE slot_target (
    slot_id       VARCHAR(64)  NOT NULL REFERENCES slot (id) ON DELETE CASCADE,
    position      INT          NOT NULL,
    platform      VARCHAR(20)  NOT NULL,
    account_id    VARCHAR(200),
    subaccount_id VARCHAR(200),
    PRIMARY KEY (slot_id, position)
);
CREATE INDEX slot_target_account ON slot_target (account_id);

CREATE TABLE slot_label (
    slot_id       VARCHAR(64)  NOT NULL REFERENCES slot (id) ON DELETE CASCADE,
    label_id      VARCHAR(64)  NOT NULL REFERENCES label (id),
    PRIMARY KEY (slot_id, label_id)
);
CREATE INDEX slot_label_label ON slot_label (label_id);

CREATE TABLE slot_exclude_date (
    slot_id       VARCHAR(64)  NOT NULL REFERENCES slot (id) ON DELETE CASCADE,
    excluded_on   DATE         NOT NULL,
    PRIMARY KEY (slot_id, excluded_on)
);

CREATE TABLE post (
    id               VARCHAR(64)  NOT NULL PRIMARY KEY,
    owner_id         VARCHAR(200) NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    platform         VARCHAR(20),
    account_id       VARCHAR(200),
    subaccount_id    VARCHAR(200),
    content_json     CLOB         NOT NULL,
    target_json      CLOB,
    scheduled_at     TIMESTAMP(3) WITH TIME ZONE,
    slot_id          VARCHAR(64),
    occurrence_start TIMESTAMP(3) WITH TIME ZONE,
    created_at       TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP(3) WITH TIME ZONE NOT NULL
);
-- "Future scheduled posts of these slots" and "posts in this week" are range scans of these.
CREATE INDEX post_slot_time ON post (slot_id, scheduled_at);
CREATE INDEX post_time ON post (scheduled_at);
CREATE INDEX post_owner_status ON post (owner_id, status);
CREATE INDEX post_account ON post (account_id);

CREATE TABLE post_label (
    post_id       VARCHAR(64)  NOT NULL REFERENCES post (id) ON DELETE CASCADE,
    label_id      VARCHAR(64)  NOT NULL REFERENCES label (id),
    PRIMARY KEY (post_id, label_id)
);
CREATE INDEX post_label_label ON post_label (label_id);

CREATE TABLE setting (
    name          VARCHAR(100) NOT NULL PRIMARY KEY,
    setting_value VARCHAR(4000) NOT NULL
);
