import { type Migration, type MigrationProvider, Migrator } from 'kysely';
import type { Db } from './client.ts';
import * as foundation from './migrations/2026-11-23T0900-foundation.ts';
import * as ingest from './migrations/2026-11-23T1100-ingest.ts';
import * as health from './migrations/2026-11-23T1200-health.ts';
import * as revenue from './migrations/2026-11-23T1300-revenue.ts';
import * as team from './migrations/2026-11-23T1400-team.ts';
import * as action from './migrations/2026-11-23T1500-action.ts';
import * as arrPeriodTotals from './migrations/2026-11-23T1600-arr-period-totals.ts';
import * as teamKpiGoals from './migrations/2026-11-23T1700-team-kpi-goals.ts';
import * as usageIncremental from './migrations/2026-11-23T1800-usage-incremental.ts';
import * as healthSignature from './migrations/2026-11-23T2000-health-signature.ts';
import * as healthCompact from './migrations/2026-12-06T1000-health-compact.ts';
import * as healthRunParts from './migrations/2026-12-07T1000-health-run-parts.ts';
import * as dropHealthLeftovers from './migrations/2026-12-07T1200-drop-health-leftovers.ts';
import * as loginAttempts from './migrations/2026-12-07T1700-login-attempts.ts';

// Listed explicitly (not read from disk) so the same list works from sources, a build and a bundle.
const migrations: Record<string, Migration> = {
  '2026-11-23T0900-foundation': foundation,
  '2026-11-23T1100-ingest': ingest,
  '2026-11-23T1200-health': health,
  '2026-11-23T1300-revenue': revenue,
  '2026-11-23T1400-team': team,
  '2026-11-23T1500-action': action,
  '2026-11-23T1600-arr-period-totals': arrPeriodTotals,
  '2026-11-23T1700-team-kpi-goals': teamKpiGoals,
  '2026-11-23T1800-usage-incremental': usageIncremental,
  '2026-11-23T2000-health-signature': healthSignature,
  '2026-12-06T1000-health-compact': healthCompact,
  '2026-12-07T1000-health-run-parts': healthRunParts,
  '2026-12-07T1200-drop-health-leftovers': dropHealthLeftovers,
  '2026-12-07T1700-login-attempts': loginAttempts,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

export interface MigrationReport {
  applied: string[];
}

export async function migrateToLatest(db: Db): Promise<MigrationReport> {
  const migrator = new Migrator({
    db,
    provider,
    migrationTableName: 'tend_migrations',
    migrationLockTableName: 'tend_migrations_lock',
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  const failed = results?.find((r) => r.status === 'Error');
  if (failed) throw new Error(`Migration ${failed.migrationName} failed`);
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}
