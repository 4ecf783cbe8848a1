-- Slotwise store, version 3: two post indexes fewer.
-- Every index is rewritten when a post is placed, and assign-next places thousands in one go (with five
-- indexes on post, 10,000 placements took 1.2 s; with three, 0.9 s: BENCHMARKS.md).
-- post_owner_status: its lookups (the drafts of an owner, its scheduled posts) are ranges of
--   post_status_time (status, scheduled_at) since version 2, with the owner checked in the row.
-- post_account: only "is this account still used?" read it, when an account is deleted; that is now one
--   scan of the posts (tens of milliseconds at 100,000 posts), on an action taken a few times a year.
DROP INDEX post_owner_status;
DROP INDEX post_account;
