// A FeedHive script as its users write it from FeedHive's REST documents (curl examples turned into fetch): only
// the base URL changes, from FeedHive's to Slotwise's. What it writes is read back through Blotato's dialect.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSlotwise, KEY } from './slotwise.mjs';

let sw;
let BASE; // the only line a FeedHive script changes
before(async () => {
  sw = await startSlotwise();
  BASE = sw.baseUrl;
});
after(async () => {
  await sw?.stop();
});

/** FeedHive's documented request: accept and Authorization headers, a JSON body when there is one. */
async function feedhive(method, path, body) {
  const res = await fetch(BASE + path, {
    method,
    headers: {
      accept: 'application/json',
      Authorization: `Bearer ${KEY}`,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}

test('a week of slots, drafts assigned to their next free occurrences, as Blotato sees them', async () => {
  const label = await feedhive('POST', '/plan/labels', { name: 'Launch' });
  assert.equal(label.status, 200, JSON.stringify(label.body));
  const labelId = label.body.data.id;

  const made = [];
  for (const week_day of [1, 3, 5]) {
    const slot = await feedhive('POST', '/plan/slots', {
      week_day, start_time: '13:30', end_time: '14:30', timezone: 'Europe/Copenhagen', label_ids: [labelId],
      recurrence: { interval: 'weekly', repeat_every: 1 }, is_active: true,
    });
    assert.equal(slot.status, 200, JSON.stringify(slot.body));
    assert.equal(slot.body.success, true);
    made.push(slot.body.data.id);
  }

  // Paging the way the documents describe: limit, then next_cursor until has_more is false.
  const seen = [];
  let cursor = null;
  do {
    const page = await feedhive('GET', `/plan/slots?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    assert.equal(page.status, 200, JSON.stringify(page.body));
    assert.equal(page.body.data.total, 3);
    seen.push(...page.body.data.items.map((s) => s.id));
    cursor = page.body.data.has_more ? page.body.data.next_cursor : null;
  } while (cursor);
  assert.deepEqual([...seen].sort(), [...made].sort());

  const moved = await feedhive('PATCH', `/plan/slots/${made[2]}`, { start_time: '15:00', end_time: '16:00' });
  assert.equal(moved.status, 200, JSON.stringify(moved.body));
  assert.equal(moved.body.data.start_time, '15:00');
  assert.equal(moved.body.data.timezone, 'Europe/Copenhagen');

  const drafts = [];
  for (const text of ['First', 'Second', 'Third', 'Fourth']) {
    const d = await feedhive('POST', '/plan/posts', { text, account_ids: ['tw_brand'], platform: 'twitter', label_ids: [labelId] });
    assert.equal(d.status, 200, JSON.stringify(d.body));
    drafts.push(d.body.data.id);
  }
  const assigned = await feedhive('POST', '/plan/assign-next', { post_ids: drafts });
  assert.equal(assigned.status, 200, JSON.stringify(assigned.body));
  assert.deepEqual(assigned.body.data.items.map((i) => [i.post_id, i.success]), drafts.map((id) => [id, true]));
  const times = assigned.body.data.items.map((i) => i.data.scheduled_at);
  assert.equal(new Set(times).size, 4, 'four different occurrences');
  assert.deepEqual([...times].sort(), times, 'in request order, each the next free one');

  // Blotato's list of scheduled posts holds the same four, at the same times, in those slots.
  const schedules = await sw.call('GET', '/v2/schedules');
  assert.equal(schedules.status, 200);
  const byId = new Map(schedules.body.items.map((s) => [s.id, s]));
  for (const item of assigned.body.data.items) {
    assert.equal(byId.get(item.post_id)?.scheduledAt, item.data.scheduled_at);
    assert.ok(made.includes(item.data.slot_id));
  }

  // Assigning the same draft twice is refused per item, and nothing moves.
  const again = await feedhive('POST', '/plan/assign-next', { post_ids: [drafts[0]] });
  assert.equal(again.status, 200);
  assert.deepEqual([again.body.data.items[0].success, again.body.data.items[0].message], [false, 'Post is already scheduled']);
  const after = await feedhive('GET', `/plan/posts/${drafts[0]}`);
  assert.equal(after.body.data.scheduled_at, times[0]);
});

test('bad input is refused with the documents\' message and writes nothing', async () => {
  const before = await feedhive('GET', '/plan/slots');
  const bad = await feedhive('POST', '/plan/slots', {
    week_day: 7, start_time: '13:30', end_time: '14:30', recurrence: { interval: 'weekly', repeat_every: 1 },
  });
  assert.equal(bad.status, 400);
  assert.deepEqual(bad.body.success, false);
  assert.equal(bad.body.message, 'week_day must be an integer between 0 and 6');
  const cursor = await feedhive('GET', '/plan/slots?cursor=not-a-cursor');
  assert.equal(cursor.status, 400);
  assert.equal(cursor.body.message, 'Invalid cursor');
  const missing = await feedhive('GET', '/plan/slots/slot_nope');
  assert.equal(missing.status, 404);
  assert.equal(missing.body.message, 'Slot not found');
  const after = await feedhive('GET', '/plan/slots');
  assert.equal(after.body.data.total, before.body.data.total);
});
