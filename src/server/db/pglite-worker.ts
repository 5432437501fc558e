// Runs PGlite in its own thread behind a PostgreSQL wire-protocol socket, so the main thread talks to it
// through `pg` like to any server and never blocks on a query (see shared/EMBEDDED-POSTGRES.md).
import fs from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

interface WorkerInput {
  dataDir: string;
  socketDir: string;
  maxConnections: number;
}

type WorkerMessage = { type: 'ready'; socketDir: string } | { type: 'error'; message: string };

async function start({ dataDir, socketDir, maxConnections }: WorkerInput) {
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const db = await PGlite.create(dataDir, { extensions: { pg_trgm } });
  const server = new PGLiteSocketServer({ db, path: path.join(socketDir, '.s.PGSQL.5432'), maxConnections });
  await server.start();
  parentPort?.on('message', async (msg: { type: string }) => {
    if (msg.type !== 'stop') return;
    await server.stop();
    await db.close();
    parentPort?.postMessage({ type: 'stopped' });
  });
  return socketDir;
}

start(workerData as WorkerInput).then(
  (socketDir) => parentPort?.postMessage({ type: 'ready', socketDir } satisfies WorkerMessage),
  (err: unknown) =>
    parentPort?.postMessage({ type: 'error', message: err instanceof Error ? err.message : String(err) }),
);
