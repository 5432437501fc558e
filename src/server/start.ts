import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { answerClientErrors } from './client-errors.ts';
import type { Config } from './config.ts';
import { type Database, openDatabase } from './db/client.ts';
import { migrateToLatest } from './db/migrate.ts';
import { type DemoProgress, seedDemo } from './db/seed/seed-demo.ts';
import { createLogger, type Logger } from './logger.ts';
import { type AdminCredentials, ensureAdmin } from './modules/auth/ensure-admin.ts';
import { healthConcurrency } from './modules/health/health-worker.ts';
import { type RunningPipeline, startPipeline } from './pipeline/pipeline.ts';
import { buildWeb, WEB_DIST, webBuildIsStale } from './web-build.ts';

/** api serves HTTP only; worker runs the pipeline's stages only (pipeline/pipeline.ts); all does both (the default). */
export type ServeRole = 'api' | 'worker' | 'all';

export interface StartHooks {
  role?: ServeRole;
  onStep?: (message: string) => void;
  onSeedProgress?: DemoProgress;
  onUsageProgress?: DemoProgress;
}

export interface RunningTend {
  url: string;
  port: number;
  admin: AdminCredentials;
  database: Database;
  logger: Logger;
  seeded: boolean;
  stop(): Promise<void>;
}

/** Everything `tend serve` does: open and migrate the database, first-run setup, web build, HTTP. */
export async function startTend(config: Config, hooks: StartHooks = {}): Promise<RunningTend> {
  const step = hooks.onStep ?? (() => {});
  const logger = createLogger(config.LOG_LEVEL);
  step(
    config.DATABASE_URL ? 'Connecting to PostgreSQL' : `Opening the embedded database in ${config.dataDir}`,
  );
  const database = await openDatabase(config);
  try {
    const { applied } = await migrateToLatest(database.db);
    if (applied.length) step(`Applied ${applied.length} migration(s)`);
    const isNew = (await database.db.selectFrom('users').select('id').limit(1).execute()).length === 0;
    const admin = await ensureAdmin(database.db, config.TEND_ADMIN_EMAIL, config.TEND_ADMIN_PASSWORD);
    let seeded = false;
    if (isNew && config.TEND_SEED_DEMO) {
      step('Seeding the demo company');
      await seedDemo(database.db, {
        accounts: config.TEND_DEMO_ACCOUNTS,
        onProgress: hooks.onSeedProgress,
        onUsageProgress: hooks.onUsageProgress,
      });
      seeded = true;
    }
    if (webBuildIsStale()) {
      step('Building the web app (first start or sources changed)');
      await buildWeb();
    }
    const role = hooks.role ?? 'all';
    const app = createApp({ db: database.db, config, logger }, { webDir: WEB_DIST });
    const server = role === 'worker' ? undefined : await listen(app.fetch, config.PORT, config.HOST);
    let pipeline: RunningPipeline | undefined;
    if (role !== 'api') {
      step('Starting the pipeline');
      pipeline = await startPipeline(database, logger, {
        healthConcurrency: healthConcurrency(config, database.kind),
        sweepCron: config.TEND_RULES_SWEEP_CRON,
        retryDelaySeconds: config.TEND_NOTIFY_RETRY_SECONDS,
        allowPrivateOutbound: config.TEND_ALLOW_PRIVATE_OUTBOUND,
      });
    }
    const port = server ? (server.address() as AddressInfo).port : 0;
    return {
      url: `http://localhost:${port}`,
      port,
      admin,
      database,
      logger,
      seeded,
      async stop() {
        if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
        await pipeline?.stop();
        await database.close();
      },
    };
  } catch (err) {
    await database.close();
    throw err;
  }
}

function listen(fetch: Parameters<typeof serve>[0]['fetch'], port: number, hostname: string) {
  return new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const server = serve({ fetch, port, hostname }, () => resolve(server));
    server.once('error', reject);
    answerClientErrors(server);
  });
}
