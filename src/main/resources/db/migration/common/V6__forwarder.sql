-- Slotwise store, version 6: the forwarder publisher (SPEC §11): an account's due posts handed to the hosted
-- scheduler the user pays for (Blotato or Ayrshare) through its own API, and what came back (its id for the post,
-- the public URL).
--
-- V2's CHECK constraints have no names, and naming them differs between H2 and PostgreSQL, so the two tables are
-- rebuilt with the wider checks (plain CREATE, INSERT … SELECT, DROP, RENAME, which both databases run alike).

CREATE TABLE account_publisher_v6 (
    account_id        VARCHAR(200)  NOT NULL PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    kind              VARCHAR(20)   NOT NULL CHECK (kind IN ('manual', 'webhook', 'blotato', 'ayrshare')),
    webhook_url       VARCHAR(2000),
    -- The hosted scheduler's API key: kept here, in the store, and left out of backups unless asked for. Null for a
    -- forwarder restored from a backup without keys: it "needs its key" until the user enters it again.
    api_key           VARCHAR(500),
    -- Blotato's account id and page (subaccount) id; Ayrshare's profile key; the API's base URL.
    remote_account_id VARCHAR(200),
    page_id           VARCHAR(200),
    profile_key       VARCHAR(500),
    base_url          VARCHAR(2000),
    CHECK (kind <> 'webhook' OR webhook_url IS NOT NULL),
    CHECK (kind NOT IN ('blotato', 'ayrshare') OR base_url IS NOT NULL),
    CHECK (kind <> 'blotato' OR remote_account_id IS NOT NULL)
);
INSERT INTO account_publisher_v6 (account_id, kind, webhook_url)
    SELECT account_id, kind, webhook_url FROM account_publisher;
DROP TABLE account_publisher;
ALTER TABLE account_publisher_v6 RENAME TO account_publisher;

CREATE TABLE hand_off_v6 (
    post_id         VARCHAR(64)   NOT NULL PRIMARY KEY REFERENCES post (id) ON DELETE CASCADE,
    channel         VARCHAR(20)   NOT NULL CHECK (channel IN ('manual', 'webhook', 'blotato', 'ayrshare')),
    due_at          TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    attempts        INT           NOT NULL CHECK (attempts >= 0),
    last_attempt_at TIMESTAMP(3) WITH TIME ZONE,
    last_error      VARCHAR(1000),
    next_attempt_at TIMESTAMP(3) WITH TIME ZONE,
    published_at    TIMESTAMP(3) WITH TIME ZONE,
    -- The idempotency key a forwarder sends (Ayrshare's idempotencyKey): the same on every attempt of one hand-off,
    -- a new one when the user retries a failed post.
    request_key     VARCHAR(100),
    -- The hosted scheduler's id for the post once it took it (Blotato's postSubmissionId, Ayrshare's id): from then
    -- on Slotwise only asks how it went, it never sends the post again.
    remote_id       VARCHAR(200),
    public_url      VARCHAR(2000),
    -- True from the moment a create-post request is written down until its answer is: still true after a restart
    -- means Slotwise stopped mid-request, and whether the post was made is unknown.
    awaiting_answer BOOLEAN       NOT NULL DEFAULT FALSE
);
INSERT INTO hand_off_v6 (post_id, channel, due_at, attempts, last_attempt_at, last_error, next_attempt_at,
                         published_at, awaiting_answer)
    SELECT post_id, channel, due_at, attempts, last_attempt_at, last_error, next_attempt_at, published_at, FALSE
    FROM hand_off;
DROP TABLE hand_off;
ALTER TABLE hand_off_v6 RENAME TO hand_off;
CREATE INDEX hand_off_next ON hand_off (next_attempt_at);
