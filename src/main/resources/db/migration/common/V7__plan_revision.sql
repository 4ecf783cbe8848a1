-- Slotwise store, version 7: revisions, for a calendar several apps write at once (a team server).
-- revision: every write transaction first adds one to it. That row's lock makes the writers of all apps take
--   turns (no two place posts from the same view of the lanes), and tells an open window another member wrote.
-- plan_revision: what the engine's plan holds (slots, posts holding lanes) changed; an app whose plan was read at
--   another plan revision reads it afresh before it writes or answers from it.
CREATE TABLE plan_revision (
    id             INT    NOT NULL PRIMARY KEY CHECK (id = 1),
    revision       BIGINT NOT NULL,
    plan_revision  BIGINT NOT NULL
);
INSERT INTO plan_revision (id, revision, plan_revision) VALUES (1, 0, 0);

-- What each plan revision changed: the posts and slots to read again ('post' / 'slot' and the id), or 'all' (a
-- restore: read everything). An app behind by a few revisions reads just these; one whose revisions were pruned
-- (only recent ones are kept) reads the whole plan.
CREATE TABLE plan_change (
    plan_revision  BIGINT      NOT NULL,
    kind           VARCHAR(4)  NOT NULL CHECK (kind IN ('post', 'slot', 'all')),
    item_id        VARCHAR(64) NOT NULL,
    PRIMARY KEY (plan_revision, kind, item_id)
);
