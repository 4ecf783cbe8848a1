// The harness itself: a served Slotwise answers each dialect with the key, and refuses a wrong one.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSlotwise } from './slotwise.mjs';

let sw;
before(async () => {
  sw = await startSlotwise();
});
after(async () => {
  await sw?.stop();
});

test('a slot made through FeedHive is listed by Blotato', async () => {
  const made = await sw.call('POST', '/plan/slots', {
    week_day: 1, start_time: '09:00', end_time: '10:00', timezone: 'UTC', recurrence: { interval: 'weekly', repeat_every: 1 },
  });
  assert.equal(made.status, 200, JSON.stringify(made.body));
  const listed = await sw.call('GET', '/v2/schedule/slots');
  assert.equal(listed.status, 200);
  assert.equal(listed.body.items.length, 1);
  assert.equal(listed.body.items[0].hour, 9);
});

test('a wrong key is refused', async () => {
  const res = await sw.call('GET', '/plan/slots', undefined, { Authorization: 'Bearer wrong' });
  assert.equal(res.status, 401);
});
