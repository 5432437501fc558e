import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Config } from '../config.ts';
import { startEmbedded } from './embedded.ts';
import type { DB } from './schema.ts';

export type Db = Kysely<DB>;

export interface Database {
  db: Db;
  pool: pg.Pool;
  kind: 'embedded' | 'server';
  /** Connection settings; on the embedded backend, share `pool` instead of opening another one. */
  connection: pg.PoolConfig;
  close(): Promise<void>;
}

// bigint (int8) and numeric come back as strings by default; our bigints are money in minor units
// and counts, all within 2^53, so numbers are safe and what the API returns.
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));
// Dates stay 'YYYY-MM-DD' strings: a JS Date would shift them by the time zone.
pg.types.setTypeParser(1082, (v) => v);

export async function openDatabase(config: Config): Promise<Database> {
  const poolSize = config.TEND_DB_POOL;
  if (config.DATABASE_URL) {
    // No JIT: Tend's set-based statements (a health recompute joins a dozen CTEs) are estimated costly
    // enough to trigger it, and compiling them took a minute where running them took a second.
    const connection = { connectionString: config.DATABASE_URL, options: '-c jit=off' };
    return fromPool(new pg.Pool({ ...connection, max: poolSize }), 'server', connection, async () => {});
  }
  // One connection: pglite-socket queues each wire message on its own, so the extended-protocol messages
  // (Parse, Bind, Execute, Sync) of two connections can interleave and run one client's Execute on another's
  // portal ("portal does not exist", or silently wrong rows). PGlite runs one query at a time anyway, so a
  // single connection costs no throughput; every other user of this database must share this pool.
  const embedded = await startEmbedded(config.dataDir, 4);
  const connection = { host: embedded.socketDir, database: 'postgres', user: 'postgres' };
  return fromPool(new pg.Pool({ ...connection, max: 1 }), 'embedded', connection, embedded.stop);
}

function fromPool(
  pool: pg.Pool,
  kind: Database['kind'],
  connection: pg.PoolConfig,
  stopServer: () => Promise<void>,
): Database {
  // An idle client that errors (server restart) must not crash the process.
  pool.on('error', () => {});
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    pool,
    kind,
    connection,
    async close() {
      await db.destroy();
      await stopServer();
    },
  };
}
