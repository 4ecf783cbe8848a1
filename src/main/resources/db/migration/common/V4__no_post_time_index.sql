-- Slotwise store, version 4: one time index on post instead of two.
-- Placing a post changes its status and time, so every index holding either is rewritten, and assign-next
-- places thousands at once: with three such indexes 10,000 placements took about 1.04 s, with two 0.92 s
-- (BENCHMARKS.md). post_time (scheduled_at) is the one that goes: a week of posts, or the posts holding
-- lanes after some instant, are read as one range of post_status_time (status, scheduled_at) per status.
DROP INDEX post_time;
