import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import { openDatabase } from '../server/db/client.ts';
import { createLogger } from '../server/logger.ts';

const tend = path.resolve('bin/tend.js');
let dataDir: string;

function tendCli(args: string[]) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [tend, ...args], {
      env: { ...process.env, TEND_DATA_DIR: dataDir, DATABASE_URL: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tend-cli-'));
});
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

// Each command is a new Node process that loads the app through tsx and, the first time, migrates a fresh
// embedded database: tens of seconds on a busy two-core machine, which is not what these tests measure.
describe('tend CLI', { timeout: 180_000 }, () => {
  it('prints help for every command and exits 0', async () => {
    const commands = [
      ['--help'],
      ['serve', '--help'],
      ['migrate', '--help'],
      ['seed-demo', '--help'],
      ['user', 'create', '--help'],
      ['api-key', 'create', '--help'],
    ];
    const results = await Promise.all(commands.map(tendCli));
    results.forEach((result, i) => {
      expect(result.code, commands[i]?.join(' ')).toBe(0);
      expect(result.stdout).toContain('Usage: tend');
    });
  });

  it('exits 2 on bad usage: an unknown command, an unknown scope, a missing option, a bad email', async () => {
    expect((await tendCli(['frobnicate'])).code).toBe(2);
    const badScope = await tendCli(['api-key', 'create', '--name', 'x', '--scopes', 'read,everything']);
    expect(badScope.code).toBe(2);
    expect(badScope.stderr).toContain('must be one of read, write, ingest, admin');
    expect((await tendCli(['api-key', 'create'])).code).toBe(2);
    const badEmail = await tendCli([
      'user',
      'create',
      '--email',
      'nope',
      '--name',
      'N',
      '--password',
      'long-enough-pw',
    ]);
    expect(badEmail.code).toBe(2);
    expect(badEmail.stderr).toContain('email');
  });

  it('creates an API key, printing the key alone on stdout, and the key works with its scopes', async () => {
    const result = await tendCli(['api-key', 'create', '--name', 'CRM sync', '--scopes', 'read,write']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^tend_[\w-]{8}_[\w-]{43}\n$/);
    const key = result.stdout.trim();

    const database = await openDatabase(loadConfig({ TEND_DATA_DIR: dataDir, LOG_LEVEL: 'silent' }));
    try {
      const app = createApp({
        db: database.db,
        config: loadConfig({ LOG_LEVEL: 'silent' }),
        logger: createLogger('silent'),
      });
      const auth = { authorization: `Bearer ${key}` };
      expect((await app.request('/api/accounts', { headers: auth })).status).toBe(200);
      expect((await app.request('/api/api-keys', { headers: auth })).status).toBe(403);
      const stored = await database.db.selectFrom('api_keys').select(['key_hash', 'scopes']).execute();
      expect(stored).toHaveLength(1);
      expect(stored[0]?.key_hash).not.toContain(key);
      expect(stored[0]?.scopes).toEqual(['read', 'write']);
    } finally {
      await database.close();
    }
  });

  it('creates a user who can then log in, and refuses a duplicate email with exit 2', async () => {
    const args = [
      'user',
      'create',
      '--email',
      'Sam@Example.com',
      '--name',
      'Sam Lee',
      '--role',
      'csm',
      '--password',
      'a-long-password',
    ];
    const first = await tendCli(args);
    expect(first.stdout).toContain('Created csm sam@example.com');
    expect(first.code).toBe(0);
    const second = await tendCli(args);
    expect(second.code).toBe(2);
    expect(second.stderr).toContain('already exists');
  });

  it('imports events from an NDJSON file with a summary, and exits 2 for a missing file', async () => {
    const file = path.join(dataDir, 'events.ndjson');
    const line = (i: number) =>
      JSON.stringify({ type: 'track', userId: 'u', event: 'CLI Import', messageId: `cli-${i}` });
    fs.writeFileSync(file, `${[line(1), line(2), 'oops'].join('\n')}\n`);
    const result = await tendCli(['import-events', file]);
    expect(result.stdout).toContain('Read 3 lines: 2 stored, 0 already there, 1 rejected.');
    expect(result.code).toBe(0);
    const missing = await tendCli(['import-events', path.join(dataDir, 'nope.ndjson')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('No such file');
  });
});
