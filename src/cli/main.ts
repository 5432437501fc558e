import fs from 'node:fs';
import { Command, InvalidArgumentError } from 'commander';
import { z } from 'zod';
import { ConfigError, loadConfig } from '../server/config.ts';
import { openDatabase } from '../server/db/client.ts';
import { DataDirLockedError } from '../server/db/data-dir.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import { seedDemo } from '../server/db/seed/seed-demo.ts';
import { systemActor } from '../server/modules/auth/actor.ts';
import { createApiKey } from '../server/modules/auth/create-api-key.ts';
import { createUser } from '../server/modules/auth/create-user.ts';
import { setPasswordCost } from '../server/modules/auth/passwords.ts';
import { advanceHealthRound, healthConcurrency } from '../server/modules/health/health-worker.ts';
import { getHealthRun, queueHealthRun } from '../server/modules/health/queue-health-run.ts';
import { importEvents } from '../server/modules/ingest/import-events.ts';
import { type ServeRole, startTend } from '../server/start.ts';
import {
  API_KEY_SCOPES,
  type ApiKeyScope,
  createApiKeyInput,
  createUserInput,
  ROLES,
  type Role,
} from '../shared/auth.ts';
import { progressBar } from './progress.ts';

// Exit codes scripts can rely on: 0 done, 1 failed, 2 bad usage or input, 3 data directory in use.
const EXIT = { failed: 1, usage: 2, locked: 3 } as const;

const program = new Command('tend')
  .description('Tend: a self-hosted Customer Success platform')
  .showHelpAfterError()
  .exitOverride((err) => process.exit(err.exitCode === 0 ? 0 : EXIT.usage));

program
  .command('serve', { isDefault: true })
  .description('Serve the API, the Segment-compatible ingest endpoint and the web app')
  .option(
    '--role <role>',
    'api (HTTP only), worker (job queue and rollups only) or all',
    oneOf(['api', 'worker', 'all'] as const),
    'all',
  )
  .action(async (opts: { role: ServeRole }) => {
    const config = loadConfig();
    const bar = progressBar('Demo accounts     ');
    const usageBar = progressBar('Demo product usage');
    const tend = await startTend(config, {
      role: opts.role,
      onStep: (m) => console.error(`• ${m}`),
      onSeedProgress: (d, t) => bar.update(d, t),
      onUsageProgress: (d, t) => usageBar.update(d, t),
    });
    if (opts.role === 'worker') console.error('• Worker running: job queue, schedules and rollups (no HTTP)');
    else printWelcome(tend.url, tend.admin, tend.database.kind, config.dataDir);
    const shutdown = async () => {
      console.error('\nStopping Tend…');
      await tend.stop();
      process.exit(0);
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
  });

program
  .command('migrate')
  .description('Apply pending database migrations and exit')
  .action(() =>
    withDatabase(async (db) => {
      const { applied } = await migrateToLatest(db);
      console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
    }),
  );

program
  .command('seed-demo')
  .description('Add the demo company (CS team, accounts, contacts, teams, contracts)')
  .option('--accounts <n>', 'how many accounts', positiveInt, 300)
  .action((opts: { accounts: number }) =>
    withDatabase(async (db) => {
      await migrateToLatest(db);
      const bar = progressBar('Demo accounts     ');
      const usageBar = progressBar('Demo product usage');
      await seedDemo(db, {
        accounts: opts.accounts,
        onProgress: (d, t) => bar.update(d, t),
        onUsageProgress: (d, t) => usageBar.update(d, t),
      });
      console.log(`Seeded ${opts.accounts} demo accounts.`);
    }),
  );

program
  .command('recompute-health')
  .description('Recompute every account against its scorecard now, with progress')
  .action(() =>
    withDatabase(async (db, { concurrency }) => {
      await migrateToLatest(db);
      const run = await queueHealthRun(db, 'manual', {});
      if (!run) throw new Error('Could not queue a recompute');
      const bar = progressBar('Recomputing health');
      bar.update(0, Math.max(run.total, 1));
      while (await advanceHealthRound(db, concurrency)) {
        const now = await getHealthRun(db, run.id);
        bar.update(now.done, Math.max(now.total, 1));
        if (now.status === 'done') break;
      }
      bar.stop();
      const done = await getHealthRun(db, run.id);
      console.log(`Recomputed ${done.done} accounts.`);
    }),
  );

program
  .command('import-events')
  .description('Backfill Segment messages from an NDJSON file (one message per line); resumable')
  .argument('<file>', 'the .ndjson file')
  .option('--batch <n>', 'messages per transaction', positiveInt, 500)
  .action((file: string, opts: { batch: number }) =>
    withDatabase(async (db) => {
      if (!fs.existsSync(file)) throw new UsageError(`No such file: ${file}`);
      await migrateToLatest(db);
      const bar = progressBar('Importing events');
      const report = await importEvents(db, file, {
        batchSize: opts.batch,
        onProgress: (d, t) => bar.update(d, t),
      });
      bar.stop();
      const resumed = report.resumedFrom ? ` (resumed at line ${report.resumedFrom + 1})` : '';
      console.log(
        `Read ${report.lines} lines${resumed}: ${report.accepted} stored, ${report.duplicates} already there, ${report.rejected} rejected.`,
      );
      if (report.rejected) console.log(`Rejected lines and reasons: ${file}.rejected.ndjson`);
    }),
  );

const user = program.command('user').description('Manage users');
user
  .command('create')
  .description('Create a user')
  .requiredOption('--email <email>', 'login email')
  .requiredOption('--name <name>', 'full name')
  .requiredOption('--password <password>', 'initial password (10+ characters)')
  .option('--role <role>', `one of ${ROLES.join(', ')}`, oneOf(ROLES), 'csm' as Role)
  .action((opts: { email: string; name: string; password: string; role: Role }) =>
    withDatabase(async (db) => {
      await migrateToLatest(db);
      const created = await createUser(
        db,
        systemActor('cli'),
        createUserInput.parse({ ...opts, locale: 'en' }),
      );
      console.log(`Created ${created.role} ${created.email}`);
    }),
  );

const apiKey = program.command('api-key').description('Manage API keys');
apiKey
  .command('create')
  .description('Create an API key and print it (alone, on stdout)')
  .requiredOption('--name <name>', 'what the key is for')
  .option('--scopes <scopes>', `comma-separated: ${API_KEY_SCOPES.join(', ')}`, scopeList, [
    'read',
  ] as ApiKeyScope[])
  .action((opts: { name: string; scopes: ApiKeyScope[] }) =>
    withDatabase(async (db) => {
      await migrateToLatest(db);
      const key = await createApiKey(db, systemActor('cli'), createApiKeyInput.parse(opts));
      process.stdout.write(`${key.key}\n`);
    }),
  );

function printWelcome(
  url: string,
  admin: { email: string; generatedPassword?: string },
  kind: string,
  dataDir: string,
) {
  const lines = [
    '',
    `  Tend is running at ${url}`,
    `  Database: ${kind === 'embedded' ? `embedded, in ${dataDir}` : 'PostgreSQL server (DATABASE_URL)'}`,
    `  Log in as ${admin.email}`,
    admin.generatedPassword
      ? `  Password: ${admin.generatedPassword}   (shown once: change it under Settings > My profile)`
      : '  Password: the one you set (TEND_ADMIN_PASSWORD) or changed since',
    `  API docs: ${url}/docs`,
    '',
  ];
  console.log(lines.join('\n'));
}

async function withDatabase(
  work: (
    db: Awaited<ReturnType<typeof openDatabase>>['db'],
    context: { concurrency: number },
  ) => Promise<void>,
) {
  const config = loadConfig();
  setPasswordCost(config.TEND_PASSWORD_COST);
  const database = await openDatabase(config);
  try {
    await work(database.db, { concurrency: healthConcurrency(config, database.kind) });
  } finally {
    await database.close();
  }
}

class UsageError extends Error {}

function positiveInt(value: string) {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a positive whole number');
  return n;
}

function oneOf<T extends string>(allowed: readonly T[]) {
  return (value: string) => {
    if (!allowed.includes(value as T)) throw new InvalidArgumentError(`must be one of ${allowed.join(', ')}`);
    return value as T;
  };
}

function scopeList(value: string) {
  const scopes = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (scopes.length === 0) throw new InvalidArgumentError('name at least one scope');
  return scopes.map(oneOf(API_KEY_SCOPES));
}

program.parseAsync(process.argv).catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof UsageError) {
    console.error(err.message);
    process.exit(EXIT.usage);
  }
  if (err instanceof DataDirLockedError) {
    console.error(`Tend cannot start: ${err.message}`);
    process.exit(EXIT.locked);
  }
  if (err instanceof z.ZodError) {
    for (const issue of err.issues) console.error(`${issue.path.join('.') || 'input'}: ${issue.message}`);
    process.exit(EXIT.usage);
  }
  const db = err && typeof err === 'object' && 'code' in err && String((err as { code: unknown }).code);
  if (db === '23505') {
    console.error('That record already exists (duplicate).');
    process.exit(EXIT.usage);
  }
  console.error(err instanceof Error ? err.message : err);
  process.exit(EXIT.failed);
});
