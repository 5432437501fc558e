import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';

export class DataDirLockedError extends Error {}

/**
 * One process per data directory: a lock file holds the owner's pid. A lock whose process is gone
 * (a crash, kill -9) is stale and taken over.
 */
export function lockDataDir(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, 'tend.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: 'wx' });
      let released = false;
      return () => {
        if (released) return;
        released = true;
        fs.rmSync(lockPath, { force: true });
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = Number(fs.readFileSync(lockPath, 'utf8').trim());
      // Our own pid counts as held: the same process must not open the directory twice either.
      if (holder && isAlive(holder)) {
        throw new DataDirLockedError(
          `The data directory ${dataDir} is in use by another Tend process (pid ${holder}). ` +
            'Stop that process first, or set TEND_DATA_DIR to another directory.',
        );
      }
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new DataDirLockedError(`Could not lock the data directory ${dataDir}`);
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A new database directory is made beside its final place and renamed into it only once complete,
 * so a crash during the first start never leaves a half-initialised database behind.
 */
export async function ensureDatabaseDir(pgDir: string): Promise<boolean> {
  if (fs.existsSync(path.join(pgDir, 'PG_VERSION'))) return false;
  const parent = path.dirname(pgDir);
  for (const leftover of fs.readdirSync(parent)) {
    if (leftover.startsWith(`${path.basename(pgDir)}.init-`))
      fs.rmSync(path.join(parent, leftover), { recursive: true, force: true });
  }
  const staging = `${pgDir}.init-${process.pid}`;
  const db = await PGlite.create(staging);
  await db.close();
  fs.rmSync(pgDir, { recursive: true, force: true });
  fs.renameSync(staging, pgDir);
  return true;
}
