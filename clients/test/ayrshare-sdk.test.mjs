// Ayrshare's own Node SDK (npm social-media-api, pinned in package.json) against a real `slotwise serve`.
// The SDK is used as shipped; only its base URL changes, through ../ayrshare-base-url (the SDK has no setting
// for it). Every check reads back what Slotwise stored through another dialect: Blotato's /v2/schedules for
// posts, FeedHive's /plan/slots for auto-schedules.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { register } from 'node:module';
import { readFileSync } from 'node:fs';
import { startSlotwise, KEY } from './slotwise.mjs';

register('../ayrshare-base-url/hooks.mjs', import.meta.url);
const { default: SocialMediaAPI } = await import('social-media-api');

let sw;
let social;
before(async () => {
  sw = await startSlotwise();
  process.env.AYRSHARE_BASE_URL = `${sw.baseUrl}/api`;
  social = new SocialMediaAPI(KEY);
});
after(async () => {
  await sw?.stop();
});

/** Blotato's view of the scheduled posts, by id. */
async function blotatoSchedules() {
  const res = await sw.call('GET', '/v2/schedules?limit=50', undefined, { 'blotato-api-key': KEY });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  return new Map(res.body.items.map((i) => [i.id, i]));
}

const inDays = (d, hour) => {
  const t = new Date(Date.now() + d * 86_400_000);
  t.setUTCHours(hour, 0, 0, 0);
  return t.toISOString().replace('.000Z', 'Z');
};
const millis = (iso) => new Date(iso).toISOString();

test('the SDK is the pinned release, unpatched', () => {
  const pkg = JSON.parse(readFileSync(new URL('../node_modules/social-media-api/package.json', import.meta.url)));
  assert.equal(pkg.version, '1.3.0');
  const src = readFileSync(new URL('../node_modules/social-media-api/index.js', import.meta.url), 'utf8');
  assert.match(src, /const BASE_URL = "https:\/\/api\.ayrshare\.com\/api";/);
});

test('post, getPost, updatePost, history and delete, read back through Blotato', async () => {
  const when = inDays(3, 10);
  const made = await social.post({
    post: 'Spring sale', platforms: ['twitter', 'linkedin'], scheduleDate: when, mediaUrls: ['https://img.example/a.png'],
  });
  assert.equal(made.status, 'success', JSON.stringify(made));
  assert.equal(made.postIds.length, 2);
  let stored = await blotatoSchedules();
  assert.equal(stored.size, 2);
  for (const { id, platform } of made.postIds) {
    assert.equal(stored.get(id).scheduledAt, millis(when));
    assert.equal(stored.get(id).draft.content.text, 'Spring sale');
    assert.equal(stored.get(id).draft.content.platform, platform);
  }

  const got = await social.getPost({ id: made.id });
  assert.equal(got.id, made.id);
  assert.equal(got.post, 'Spring sale');
  assert.deepEqual(got.platforms, ['twitter', 'linkedin']);
  assert.deepEqual(got.postIds.map((p) => p.id), made.postIds.map((p) => p.id));
  assert.equal(got.status, 'pending');

  const later = inDays(5, 16);
  const updated = await social.updatePost({ id: made.id, scheduleDate: later, post: 'Spring sale, extended' });
  assert.equal(updated.status, 'success', JSON.stringify(updated));
  stored = await blotatoSchedules();
  for (const { id } of made.postIds) {
    assert.equal(stored.get(id).scheduledAt, millis(later));
    assert.equal(stored.get(id).draft.content.text, 'Spring sale, extended');
    assert.deepEqual(stored.get(id).draft.content.mediaUrls, ['https://img.example/a.png']);
  }

  const history = await social.history();
  assert.equal(history.status, 'success', JSON.stringify(history));
  assert.deepEqual(history.history.map((h) => h.id), [made.id]);
  assert.equal(history.history[0].scheduleDate, millis(later));
  const limited = await social.history({ lastDays: 0, limit: 5, status: 'pending', platforms: ['linkedin'] });
  assert.deepEqual(limited.history.map((h) => h.id), [made.id], JSON.stringify(limited));
  const byPlatform = await social.history({ platform: 'twitter' });
  assert.deepEqual(byPlatform.history.map((h) => h.id), [made.id], JSON.stringify(byPlatform));
  assert.equal((await social.history({ status: 'success' })).history.length, 0);
  const byId = await social.history({ id: made.id });
  assert.equal(byId.post, 'Spring sale, extended');

  const deleted = await social.delete({ id: made.id });
  assert.equal(deleted.status, 'success', JSON.stringify(deleted));
  assert.equal((await blotatoSchedules()).size, 0);
  const gone = await social.getPost({ id: made.id });
  assert.equal(gone.status, 'error');
  assert.equal(gone.code, 404);
});

test('user answers the accounts the posts went to', async () => {
  const made = await social.post({ post: 'hello', platforms: ['instagram'], scheduleDate: inDays(2, 9) });
  assert.equal(made.status, 'success', JSON.stringify(made));
  const user = await social.user();
  assert.ok(user.activeSocialAccounts.includes('instagram'), JSON.stringify(user));
  const stored = await blotatoSchedules();
  const accountId = stored.get(made.postIds[0].id).draft.accountId;
  assert.ok(user.displayNames.some((d) => d.platform === 'instagram' && d.id === accountId), JSON.stringify(user));
  assert.equal((await social.delete({ id: made.id })).status, 'success');
});

test('auto-schedule: set, post into it, list, delete, read back through FeedHive and Blotato', async () => {
  const set = await social.setAutoSchedule({ schedule: ['13:05Z', '20:14Z'], title: 'Instagram Schedule' });
  assert.deepEqual(set, { status: 'success', message: 'Auto schedule set.', title: 'Instagram Schedule' });
  const plan = await sw.call('GET', '/plan/slots');
  assert.deepEqual(plan.body.data.items.map((s) => s.start_time).sort(), ['13:05', '20:14']);

  const queued = await social.post({
    post: 'queued', platforms: ['instagram'], autoSchedule: { schedule: true, title: 'Instagram Schedule' },
  });
  assert.equal(queued.status, 'success', JSON.stringify(queued));
  assert.match(queued.scheduleDate, /T(13:05|20:14):00\.000Z$/);
  const stored = await blotatoSchedules();
  assert.equal(stored.get(queued.postIds[0].id).scheduledAt, queued.scheduleDate);

  const list = await social.listAutoSchedule();
  assert.deepEqual(list.schedules['Instagram Schedule'].schedule, ['13:05Z', '20:14Z']);
  assert.equal(list.schedules['Instagram Schedule'].lastScheduleDate, queued.scheduleDate);

  assert.deepEqual(await social.deleteAutoSchedule({ title: 'Instagram Schedule' }), { status: 'success' });
  assert.equal((await sw.call('GET', '/plan/slots')).body.data.items.length, 0);
  assert.equal((await social.delete({ id: queued.id })).status, 'success');
});

test('bad input: Ayrshare error shape naming the field, nothing written', async () => {
  const before = await blotatoSchedules();
  const badPlatforms = await social.post({ post: 'x', platforms: 'twitter' });
  assert.equal(badPlatforms.status, 'error');
  assert.equal(badPlatforms.code, 400);
  assert.equal(badPlatforms.field, 'platforms');
  assert.ok(badPlatforms.message);

  const noId = await social.updatePost({ scheduleDate: inDays(4, 9) });
  assert.deepEqual([noId.status, noId.code, noId.field], ['error', 400, 'id']);
  const past = await social.post({ post: 'p', platforms: ['twitter'], scheduleDate: inDays(2, 9) });
  const pastUpdate = await social.updatePost({ id: past.id, scheduleDate: '2020-01-01T00:00:00Z' });
  assert.deepEqual([pastUpdate.status, pastUpdate.code, pastUpdate.field], ['error', 400, 'scheduleDate']);
  const unknown = await social.delete({ id: 'no-such-post' });
  assert.deepEqual([unknown.status, unknown.code], ['error', 404]);
  const badHistory = await social.history({ limit: 0 });
  assert.deepEqual([badHistory.status, badHistory.code, badHistory.field], ['error', 400, 'limit']);
  const badSchedule = await social.setAutoSchedule({ schedule: ['1:05pm'] });
  assert.deepEqual([badSchedule.status, badSchedule.code, badSchedule.field], ['error', 400, 'schedule']);

  const after = await blotatoSchedules();
  assert.deepEqual([...after.keys()].sort(), [...before.keys(), ...past.postIds.map((p) => p.id)].sort());
  assert.equal(after.get(past.postIds[0].id).scheduledAt, millis(inDays(2, 9)));
  assert.equal((await sw.call('GET', '/plan/slots')).body.data.items.length, 0);
  assert.equal((await social.delete({ id: past.id })).status, 'success');
});

test('a wrong key: the SDK hands back Ayrshare\'s error body, and nothing is written', async () => {
  const wrong = new SocialMediaAPI('not-the-key');
  const res = await wrong.post({ post: 'x', platforms: ['twitter'], scheduleDate: inDays(2, 9) });
  assert.equal(res.status, 'error', JSON.stringify(res));
  assert.equal(res.code, 401);
  assert.ok(res.message);
  for (const r of [await wrong.getPost({ id: 'x' }), await wrong.history(), await wrong.user(),
    await wrong.delete({ id: 'x' }), await wrong.updatePost({ id: 'x', post: 'y' }), await wrong.listAutoSchedule()]) {
    assert.deepEqual([r.status, r.code], ['error', 401], JSON.stringify(r));
  }
  assert.equal((await blotatoSchedules()).size, 0);
});

test('a Profile-Key keeps a profile\'s posts apart', async () => {
  const client = new SocialMediaAPI(KEY).setProfileKey('client-b');
  const made = await client.post({ post: 'for b', platforms: ['twitter'], scheduleDate: inDays(2, 11) });
  assert.equal(made.status, 'success', JSON.stringify(made));
  assert.equal((await social.getPost({ id: made.id })).code, 404);
  assert.equal((await client.getPost({ id: made.id })).post, 'for b');
  assert.equal((await blotatoSchedules()).size, 0);
  assert.equal((await client.delete({ id: made.id })).status, 'success');
});
