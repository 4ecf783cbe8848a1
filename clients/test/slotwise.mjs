// A real `slotwise serve` for one test file: its own data directory, a loopback port the OS picks, a known key.
// Checks read back what Slotwise stored through a dialect other than the one a client wrote with.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const jar = join(projectDir, 'target', 'slotwise.jar');
const java = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';

export const KEY = 'sw_client_compat_key';

/**
 * Starts `slotwise serve --port 0` and resolves once it says where it listens. With `backup` (a Slotwise JSON
 * backup as an object), the data directory is first filled with `slotwise import`, as a user's own store would be:
 * accounts with names and pages, as entered in the desktop's Settings.
 */
export async function startSlotwise({ backup } = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'slotwise-clients-'));
  if (backup) {
    const file = join(dataDir, 'backup.json');
    writeFileSync(file, JSON.stringify({ format: 'slotwise-backup', version: 1, accounts: [], labels: [], slots: [],
      posts: [], settings: {}, publishers: [], handOffs: [], ...backup }));
    execFileSync(java, ['-jar', jar, 'import', file, '--data-dir', join(dataDir, 'store')], { stdio: 'pipe' });
  }
  const storeDir = backup ? join(dataDir, 'store') : dataDir;
  const child = spawn(java, ['-jar', jar, 'serve', '--port', '0', '--data-dir', storeDir, '--api-key', KEY], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const baseUrl = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`slotwise serve did not start in 60 s:\n${output}`)), 60_000);
    const read = (chunk) => {
      output += chunk;
      const m = output.match(/listening on (http:\/\/127\.0\.0\.1:\d+)/);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`slotwise serve exited with ${code}:\n${output}`));
    });
  });
  child.removeAllListeners('exit');
  return {
    baseUrl,
    dataDir: storeDir,
    output: () => output,
    /** A request with the key, JSON in and out: { status, body }. */
    async call(method, path, body, headers = {}) {
      const res = await fetch(baseUrl + path, {
        method,
        headers: {
          Authorization: `Bearer ${KEY}`,
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      let parsed = text;
      try {
        parsed = text ? JSON.parse(text) : null;
      } catch {
        // not JSON: keep the text
      }
      return { status: res.status, body: parsed, headers: res.headers };
    },
    async stop() {
      await new Promise((resolve) => {
        child.on('exit', resolve);
        child.kill('SIGTERM');
      });
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
