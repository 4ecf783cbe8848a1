-- Slotwise store, version 5: the posts one request made for several platforms at once (Ayrshare's POST /api/post,
-- one post per platform), so that request's id reads, changes and deletes them together. The group's id is its
-- first post's id; a post deleted on its own (through any dialect) leaves the group.
CREATE TABLE cross_post (
    post_id   VARCHAR(64) NOT NULL PRIMARY KEY REFERENCES post (id) ON DELETE CASCADE,
    group_id  VARCHAR(64) NOT NULL,
    position  INT         NOT NULL
);
CREATE INDEX cross_post_group ON cross_post (group_id, position);
