import type { TeamSettings } from '../../../shared/people.ts';
import type { Db } from '../../db/client.ts';

const KEY = 'team';

/** Defaults every install starts with; the exit reasons are keys, their labels are what the team reads. */
export const DEFAULT_TEAM_SETTINGS: TeamSettings = {
  exit_reasons: [
    { key: 'compensation', kind: 'voluntary', label: 'Compensation' },
    { key: 'career_growth', kind: 'voluntary', label: 'Career growth elsewhere' },
    { key: 'burnout_workload', kind: 'voluntary', label: 'Burnout or workload' },
    { key: 'manager', kind: 'voluntary', label: 'Relationship with manager' },
    { key: 'relocation', kind: 'voluntary', label: 'Relocation or personal' },
    { key: 'performance', kind: 'involuntary', label: 'Performance' },
    { key: 'restructuring', kind: 'involuntary', label: 'Restructuring or layoff' },
    { key: 'conduct', kind: 'involuntary', label: 'Conduct' },
  ],
  // At most this many accounts per CSM when their whole book is of one coverage model.
  capacity: {
    dedicated: { max_accounts: 15 },
    pooled: { max_accounts: 150 },
    tech_touch: { max_accounts: 1000 },
  },
  low_value_arr: 20_000_00,
  currency: 'USD',
};

export async function getTeamSettings(db: Db): Promise<TeamSettings> {
  const row = await db.selectFrom('app_settings').select('value').where('key', '=', KEY).executeTakeFirst();
  return { ...DEFAULT_TEAM_SETTINGS, ...(row?.value as Partial<TeamSettings> | undefined) };
}
