-- Slotwise store, version 7: the plan's revision, for a calendar several apps write at once (a team server).
-- Every write transaction first adds one to it: that row's lock makes the writers of all apps take turns (no two
-- place posts from the same view of the lanes), and an app whose last known revision is not the one it finds
-- knows another member wrote, and reads the plan afresh before it writes or answers from it.
CREATE TABLE plan_revision (
    id        INT    NOT NULL PRIMARY KEY CHECK (id = 1),
    revision  BIGINT NOT NULL
);
INSERT INTO plan_revision (id, revision) VALUES (1, 0);
