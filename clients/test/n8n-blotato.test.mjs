// Blotato's official n8n node (@blotato/n8n-nodes-blotato, pinned in package.json), its own code unchanged, run
// with the context n8n gives it (n8n-context.mjs, over the real n8n-workflow) against a real `slotwise serve` set
// up as in the README: Blotato Server = Slotwise's URL, API Key = Slotwise's key. Every check reads back what
// Slotwise stored through another door: FeedHive's /plan routes, Blotato's documented /v2/schedules, the data
// directory itself.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { startSlotwise, KEY } from './slotwise.mjs';
import { runNode, listSearch, testCredential, credentialsFor } from './n8n-context.mjs';

// The smallest PNG: one transparent pixel.
const PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

let sw;
let credentials;

before(async () => {
  // The accounts as the user entered them in the desktop's Settings (Accounts), brought in by `slotwise import`.
  sw = await startSlotwise({
    backup: {
      accounts: [
        { id: 'acc_x', ownerId: 'local', platform: 'twitter', name: 'Ada on X', username: 'ada', addedByApi: false, subaccounts: [] },
        { id: 'acc_fb', ownerId: 'local', platform: 'facebook', name: 'Ada Lovelace', username: null, addedByApi: false,
          subaccounts: [{ id: 'page_1', name: "Ada's Bakery" }, { id: 'page_2', name: "Ada's Books" }] },
        { id: 'acc_ig', ownerId: 'local', platform: 'instagram', name: 'Ada on Instagram', username: 'ada.ig', addedByApi: false, subaccounts: [] },
      ],
    },
  });
  credentials = credentialsFor(sw, KEY);
});

after(async () => {
  await sw?.stop();
});

const account = (id) => ({ __rl: true, mode: 'list', value: id });

async function storedPost(id) {
  const res = await sw.call('GET', `/plan/posts/${id}`);
  assert.equal(res.status, 200, JSON.stringify(res.body));
  return res.body.data;
}

async function createPost(parameters) {
  const [out] = await runNode({ parameters: { resource: 'post', operation: 'create', ...parameters }, credentials });
  assert.match(out.postSubmissionId, /\S/, JSON.stringify(out));
  return out.postSubmissionId;
}

async function getPost(id) {
  const [out] = await runNode({ parameters: { resource: 'post', operation: 'get', postSubmissionId: id }, credentials });
  return out;
}

function mediaFiles() {
  const dir = join(sw.dataDir, 'media');
  return existsSync(dir) ? readdirSync(dir).filter((f) => !f.startsWith('.')) : [];
}

test('the credential test passes with Slotwise\'s URL and key, and fails with a wrong key', async () => {
  assert.deepEqual(await testCredential(credentials), { status: 'OK', message: 'Connection successful!' });
  const wrong = await testCredential(credentialsFor(sw, 'not-the-key'));
  assert.equal(wrong.status, 'Error');
  assert.equal(wrong.httpCode, 401);
  assert.equal(wrong.message, 'Invalid or missing API key');
});

test('the account picker lists the accounts of the chosen platform by their names', async () => {
  const x = await listSearch('getAccounts', { parameters: { resource: 'post', operation: 'create', platform: 'twitter' }, credentials });
  assert.deepEqual(x.results.map((r) => [r.name, r.value]), [['Ada on X', 'acc_x']]);
  const fb = await listSearch('getAccounts', { parameters: { resource: 'post', operation: 'create', platform: 'facebook' }, credentials });
  assert.deepEqual(fb.results.map((r) => [r.name, r.value]), [['Ada Lovelace', 'acc_fb']]);
});

test('the page picker lists the chosen account\'s pages', async () => {
  const pages = await listSearch('getSubaccounts', {
    parameters: { resource: 'post', operation: 'create', platform: 'facebook', accountId: account('acc_fb') },
    credentials,
  });
  assert.deepEqual(pages.results.map((r) => [r.name, r.value]), [["Ada's Bakery", 'page_1'], ["Ada's Books", 'page_2']]);
  assert.ok(pages.results.every((r) => r.url.endsWith(`/v2/accounts/acc_fb/subaccounts/${r.value}`)));
});

test('create now: stored for now on the account, and polled as in-progress', async () => {
  const before = Date.now();
  const id = await createPost({ platform: 'twitter', accountId: account('acc_x'), postContentText: 'Doors open now!' });
  const stored = await storedPost(id);
  assert.equal(stored.text, 'Doors open now!');
  assert.deepEqual(stored.account_ids, ['acc_x']);
  assert.equal(stored.platform, 'twitter');
  const at = Date.parse(stored.scheduled_at);
  assert.ok(at >= before - 1000 && at <= Date.now() + 1000, `scheduled_at ${stored.scheduled_at} is now`);
  const polled = await getPost(id);
  assert.equal(polled.postSubmissionId, id);
  assert.equal(polled.status, 'in-progress');
  assert.match(polled._hint, /still being processed/, 'the node reads the status and adds its own hint');
});

test('create at a scheduledTime (no zone: the node adds Z): stored at that time, polled as scheduled', async () => {
  const id = await createPost({
    platform: 'twitter', accountId: account('acc_x'), postContentText: 'Workshop registration opens',
    options: { scheduledTime: '2030-06-15T15:00:00' },
  });
  const stored = await storedPost(id);
  assert.equal(stored.status, 'scheduled');
  assert.equal(stored.scheduled_at, '2030-06-15T15:00:00.000Z');
  const polled = await getPost(id);
  assert.deepEqual({ status: polled.status, scheduledTime: polled.scheduledTime }, { status: 'scheduled', scheduledTime: '2030-06-15T15:00:00.000Z' });
});

test('create with useNextFreeSlot: stored in the next free occurrence of a slot made through FeedHive', async () => {
  const slot = await sw.call('POST', '/plan/slots', {
    week_day: 3, start_time: '07:00', end_time: '08:00', timezone: 'UTC', recurrence: { interval: 'weekly', repeat_every: 1 },
  });
  assert.equal(slot.status, 200, JSON.stringify(slot.body));
  const slotId = slot.body.data.id;
  const id = await createPost({ platform: 'twitter', accountId: account('acc_x'), postContentText: 'In the next slot', useNextFreeSlot: true });
  const stored = await storedPost(id);
  assert.equal(stored.slot_id, slotId);
  const at = new Date(stored.scheduled_at);
  assert.equal(at.getUTCDay(), 3, `${stored.scheduled_at} is a Wednesday`);
  assert.equal(at.getUTCHours(), 7);
  assert.ok(at.getTime() > Date.now());
  assert.equal((await getPost(id)).scheduledTime, stored.scheduled_at);
});

test('create a thread: every part stored in order', async () => {
  const id = await createPost({
    platform: 'twitter', accountId: account('acc_x'), postContentText: 'A thread, 1/3',
    threadInputMethod: 'manual',
    postContentAdditionalPosts: { posts: [{ text: '2/3', mediaUrls: '' }, { text: '3/3', mediaUrls: 'https://example.com/a.jpg, https://example.com/b.jpg' }] },
    options: { scheduledTime: '2030-07-01T09:00:00Z' },
  });
  assert.equal((await storedPost(id)).text, 'A thread, 1/3');
  const schedule = await sw.call('GET', `/v2/schedules/${id}`);
  assert.equal(schedule.status, 200);
  assert.deepEqual(schedule.body.schedule.draft.content.additionalPosts, [
    { text: '2/3', mediaUrls: [] },
    { text: '3/3', mediaUrls: ['https://example.com/a.jpg', 'https://example.com/b.jpg'] },
  ]);
});

test('create on a Facebook page picked in the node: stored on that page', async () => {
  const id = await createPost({
    platform: 'facebook', accountId: account('acc_fb'), facebookPageId: account('page_2'), postContentText: 'New books in',
    options: { scheduledTime: '2030-07-02T09:00:00Z' },
  });
  const schedule = await sw.call('GET', `/v2/schedules/${id}`);
  assert.equal(schedule.body.schedule.account.subaccountId, 'page_2');
  assert.equal(schedule.body.schedule.account.subaccountName, "Ada's Books");
});

test('media upload from binary data: the bytes are kept in the data directory and served at a short URL', async () => {
  const items = [{ json: {}, binary: { data: { data: PNG_BASE64, mimeType: 'image/png', fileName: 'pixel.png' } } }];
  const [out] = await runNode({
    parameters: { resource: 'media', operation: 'upload', useBinaryData: true, binaryPropertyName: 'data' }, credentials, items,
  });
  const name = out.url.match(/\/v2\/media\/([0-9a-f]{32}\.png)$/)?.[1];
  assert.ok(name, `a short URL: ${out.url}`);
  assert.ok(out.url.startsWith(sw.baseUrl));
  assert.deepEqual(readFileSync(join(sw.dataDir, 'media', name)), Buffer.from(PNG_BASE64, 'base64'));
  const served = await fetch(out.url, { headers: { 'blotato-api-key': KEY } });
  assert.equal(served.status, 200);
  assert.equal(served.headers.get('content-type'), 'image/png');
  assert.deepEqual(Buffer.from(await served.arrayBuffer()), Buffer.from(PNG_BASE64, 'base64'));

  // …and a post can carry it, as the node's next step would.
  const id = await createPost({ platform: 'instagram', accountId: account('acc_ig'), postContentText: 'A pixel', postContentMediaUrls: out.url });
  assert.deepEqual((await storedPost(id)).media_urls, [out.url]);
});

test('a 12 MB picture (under the node\'s own 15 MB limit) goes through, far over the 1 MiB of other bodies', async () => {
  const big = Buffer.alloc(12 * 1024 * 1024, 7);
  Buffer.from(PNG_BASE64, 'base64').copy(big);
  const items = [{ json: {}, binary: { data: { data: big.toString('base64'), mimeType: 'image/png', fileName: 'big.png' } } }];
  const [out] = await runNode({
    parameters: { resource: 'media', operation: 'upload', useBinaryData: true, binaryPropertyName: 'data' }, credentials, items,
  });
  const name = out.url.split('/').at(-1);
  assert.equal(readFileSync(join(sw.dataDir, 'media', name)).length, big.length);
});

test('media that is not what its MIME type says is refused by name, and nothing is written', async () => {
  const files = mediaFiles();
  const items = [{ json: {}, binary: { data: { data: PNG_BASE64, mimeType: 'image/gif', fileName: 'pixel.gif' } } }];
  await assert.rejects(
    runNode({ parameters: { resource: 'media', operation: 'upload', useBinaryData: true, binaryPropertyName: 'data' }, credentials, items }),
    (e) => {
      assert.equal(e.constructor.name, 'NodeApiError');
      assert.equal(e.httpCode, '400');
      assert.equal(e.description, 'Media says it is image/gif but its bytes are image/png');
      assert.equal(e.context.data.field, 'url');
      return true;
    },
  );
  assert.deepEqual(mediaFiles(), files);
});

test('a post with no account picked is refused naming the field, and nothing is stored', async () => {
  const listed = (await sw.call('GET', '/v2/schedules?limit=50')).body.count;
  await assert.rejects(
    createPost({ platform: 'twitter', accountId: account(''), postContentText: 'no account', options: { scheduledTime: '2030-08-01T09:00:00Z' } }),
    (e) => {
      assert.equal(e.constructor.name, 'NodeApiError');
      assert.equal(e.httpCode, '400');
      assert.equal(e.description, 'post.accountId must be a non-empty string');
      assert.equal(e.context.data.field, 'post.accountId');
      return true;
    },
  );
  assert.equal((await sw.call('GET', '/v2/schedules?limit=50')).body.count, listed);
});

test('polling a submission Slotwise never made is a 404 the node reports', async () => {
  await assert.rejects(getPost('no_such_submission'), (e) => {
    assert.equal(e.constructor.name, 'NodeApiError');
    assert.equal(e.httpCode, '404');
    assert.equal(e.description, 'Post not found');
    return true;
  });
});
