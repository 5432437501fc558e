import type { TeamMetrics } from '../../../shared/people.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { computeTeamMetrics } from './compute-team-metrics.ts';

export const todayUtc = () => new Date().toISOString().slice(0, 10);

/** The last 12 months unless a period is given; a team is small, so its spells are read whole. */
export async function getTeamMetrics(db: Db, query: { from?: string; to?: string }): Promise<TeamMetrics> {
  const to = query.to ?? todayUtc();
  const from = query.from ?? new Date(Date.parse(to) - 364 * 86_400_000).toISOString().slice(0, 10);
  if (from > to)
    throw new AppError('validation_failed', 'from must not be after to', [
      { path: ['from'], message: 'must not be after to' },
    ]);
  const [spells, requisitions, pulse] = await Promise.all([
    db
      .selectFrom('team_members')
      .select([
        'start_date',
        'end_date',
        'ramp_done_on',
        'exit_kind',
        'exit_reason',
        'exit_destination',
        'hire_kind',
        'hire_source',
      ])
      .execute(),
    db
      .selectFrom('requisitions')
      .select(['opened_on', 'filled_on'])
      .where('filled_on', 'is not', null)
      .execute(),
    db.selectFrom('pulse_responses').select(['period', 'growth', 'clarity', 'support']).execute(),
  ]);
  return computeTeamMetrics(spells, requisitions, pulse, from, to);
}
