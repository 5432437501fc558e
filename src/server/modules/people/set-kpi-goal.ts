import type { z } from 'zod';
import type { KpiMetric, setKpiGoalInput } from '../../../shared/people.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../auth/actor.ts';
import { recordAudit } from '../auth/record-audit.ts';
import { getMember } from './members.ts';

/** grr, nrr and renewals_on_time targets are percentages; churned_arr is a ceiling in minor units. */
export async function setKpiGoal(db: Db, actor: Actor, input: z.infer<typeof setKpiGoalInput>) {
  return db.transaction().execute(async (trx) => {
    await getMember(trx, input.member_id);
    const row = await trx
      .insertInto('kpi_goals')
      .values(input)
      .onConflict((oc) =>
        oc.columns(['member_id', 'quarter', 'metric']).doUpdateSet({ target: input.target }),
      )
      .returning(['id', 'member_id', 'quarter', 'metric', 'target'])
      .executeTakeFirstOrThrow();
    const goal = { ...row, metric: row.metric as KpiMetric, target: Number(row.target) };
    await recordAudit(trx, actor, {
      action: 'kpi_goal.set',
      entityType: 'team_member',
      entityId: input.member_id,
      after: goal,
    });
    return goal;
  });
}
