-- Slotwise store, version 2: publishing hand-off (SPEC §11).
-- Who publishes each account's posts, and where each due post's hand-off stands.

-- An account without a row publishes by hand ("manual"): only a webhook needs saying.
CREATE TABLE account_publisher (
    account_id    VARCHAR(200)  NOT NULL PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    kind          VARCHAR(20)   NOT NULL CHECK (kind IN ('manual', 'webhook')),
    webhook_url   VARCHAR(2000),
    CHECK (kind <> 'webhook' OR webhook_url IS NOT NULL)
);

-- One row per post whose time has come (status due, sending, published or failed): written when the
-- post falls due, then before and after every webhook attempt, so a restart continues where it stopped.
CREATE TABLE hand_off (
    post_id         VARCHAR(64)   NOT NULL PRIMARY KEY REFERENCES post (id) ON DELETE CASCADE,
    channel         VARCHAR(20)   NOT NULL CHECK (channel IN ('manual', 'webhook')),
    due_at          TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    attempts        INT           NOT NULL CHECK (attempts >= 0),
    last_attempt_at TIMESTAMP(3) WITH TIME ZONE,
    last_error      VARCHAR(1000),
    next_attempt_at TIMESTAMP(3) WITH TIME ZONE,
    published_at    TIMESTAMP(3) WITH TIME ZONE
);
-- "When is the next webhook attempt" and "which attempts are due now".
CREATE INDEX hand_off_next ON hand_off (next_attempt_at);
-- "When does the next scheduled post fall due" and "which have": a range scan of scheduled posts by time.
CREATE INDEX post_status_time ON post (status, scheduled_at);
