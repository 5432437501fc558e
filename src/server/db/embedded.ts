import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { ensureDatabaseDir, lockDataDir } from './data-dir.ts';

export interface EmbeddedServer {
  /** Directory holding the unix socket; `pg` takes it as `host`. */
  socketDir: string;
  stop(): Promise<void>;
}

/** Starts PGlite in a worker thread for `dataDir`, holding the data directory lock while it runs. */
export async function startEmbedded(dataDir: string, maxConnections: number): Promise<EmbeddedServer> {
  const unlock = lockDataDir(dataDir);
  try {
    const pgDir = path.join(dataDir, 'pg');
    await ensureDatabaseDir(pgDir);
    // Unix socket paths are limited to ~107 bytes, so the socket lives in a short temp directory.
    const socketDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tend-'));
    const worker = spawnWorker({ dataDir: pgDir, socketDir, maxConnections });
    await waitFor(worker, 'ready');
    return {
      socketDir,
      async stop() {
        worker.postMessage({ type: 'stop' });
        await Promise.race([waitFor(worker, 'stopped'), new Promise((r) => setTimeout(r, 5000))]);
        await worker.terminate();
        fs.rmSync(socketDir, { recursive: true, force: true });
        unlock();
      },
    };
  } catch (err) {
    unlock();
    throw err;
  }
}

function spawnWorker(workerData: object): Worker {
  const here = new URL('./pglite-worker', import.meta.url);
  const js = new URL(`${here.href}.js`);
  if (fs.existsSync(js)) return new Worker(js, { workerData });
  // Running from TypeScript sources (tsx, vitest): a worker can't load .ts directly, so load it through tsx.
  const ts = `${here.href}.ts`;
  const boot = `import('tsx/esm/api').then((m) => m.tsImport(${JSON.stringify(ts)}, ${JSON.stringify(ts)}))`;
  return new Worker(boot, { eval: true, workerData });
}

function waitFor(worker: Worker, type: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onMessage = (msg: { type: string; message?: string }) => {
      if (msg.type === type) done(resolve);
      else if (msg.type === 'error')
        done(() => reject(new Error(`Embedded database failed: ${msg.message}`)));
    };
    const onError = (err: Error) => done(() => reject(err));
    const onExit = (code: number) => done(() => reject(new Error(`Embedded database exited (${code})`)));
    const done = (fn: () => void) => {
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      fn();
    };
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
  });
}
