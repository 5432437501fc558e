import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTendProcess, type TendProcess } from './test/tend-process.ts';

// Node's HTTP parser refuses these before the app sees them; the real server must still answer in the
// error envelope, so this starts the real process and talks to its socket.
let tend: TendProcess;
let dataDir: string;
beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tend-client-errors-'));
  tend = await startTendProcess({ TEND_DATA_DIR: dataDir });
}, 300_000);
afterAll(async () => {
  await tend?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** Writes raw bytes and reads the whole answer until the server closes the connection. */
function exchange(raw: string): Promise<{ status: number; headers: string; body: string }> {
  const { port, hostname } = new URL(tend.url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => socket.write(raw));
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => {
      answer += chunk;
    });
    socket.on('error', reject);
    socket.on('close', () => {
      const [head = '', body = ''] = answer.split('\r\n\r\n');
      resolve({ status: Number(head.split(' ')[1]), headers: head, body });
    });
  });
}

describe('requests the HTTP parser refuses', () => {
  it('answers a 100 KB URL with 431 and the JSON error envelope', async () => {
    const res = await fetch(`${tend.url}/api/accounts?q=${'a'.repeat(100 * 1024)}`);
    expect(res.status).toBe(431);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.json()).toEqual({
      error: { code: 'request_too_large', message: expect.any(String), details: null },
    });
  });

  it('answers an oversized header the same way, as a complete response', async () => {
    const res = await exchange(`GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'b'.repeat(40_000)}\r\n\r\n`);
    expect(res.status).toBe(431);
    expect(res.headers).toMatch(/Content-Length: \d+/);
    expect(JSON.parse(res.body).error.code).toBe('request_too_large');
  });

  it('answers broken HTTP with 400 in the envelope and keeps serving', async () => {
    const res = await exchange('NOT HTTP AT ALL\r\n\r\n');
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).error.code).toBe('bad_request');
    expect((await fetch(`${tend.url}/healthz`)).status).toBe(200);
  });
});
