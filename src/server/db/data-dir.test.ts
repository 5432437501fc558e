import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lockDataDir } from './data-dir.ts';

const tend = path.resolve('bin/tend.js');
const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tend-dd-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function run(args: string[], env: Record<string, string>, killAfterMs?: number) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [tend, ...args], {
      env: { ...process.env, ...env, DATABASE_URL: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    if (killAfterMs) setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('embedded data directory', () => {
  it('refuses a second process on the same data directory with a clear message', async () => {
    const dir = tempDir();
    const unlock = lockDataDir(dir);
    try {
      const second = await run(['migrate'], { TEND_DATA_DIR: dir });
      expect(second.code).toBe(3);
      expect(second.stderr).toContain('is in use by another Tend process');
    } finally {
      unlock();
    }
  });

  it('takes over a lock left by a process that no longer runs', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'tend.lock'), '999999999');
    const result = await run(['migrate'], { TEND_DATA_DIR: dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('leaves no half-made database when the first start is killed, and starts cleanly after', async () => {
    const dir = tempDir();
    const killed = await run(['migrate'], { TEND_DATA_DIR: dir }, 1200);
    expect(killed.code).not.toBe(0);
    const pgDir = path.join(dir, 'pg');
    // Either the database was complete before the kill, or it is not there at all.
    if (fs.existsSync(pgDir)) expect(fs.existsSync(path.join(pgDir, 'PG_VERSION'))).toBe(true);
    const again = await run(['migrate'], { TEND_DATA_DIR: dir });
    expect(again.code).toBe(0);
    expect(fs.existsSync(path.join(pgDir, 'PG_VERSION'))).toBe(true);
    expect(fs.readdirSync(dir).filter((f) => f.includes('.init-'))).toEqual([]);
  });
});
