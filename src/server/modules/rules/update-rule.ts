import type { Rule, UpdateRuleInput } from '../../../shared/rules.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../auth/actor.ts';
import { recordAudit } from '../auth/record-audit.ts';
import { getRuleRow, RULE_COLUMNS, type RuleRow, toRule } from './rule-row.ts';
import { validateRule } from './validate-rule.ts';

export async function updateRule(db: Db, actor: Actor, id: string, input: UpdateRuleInput): Promise<Rule> {
  const before = toRule(await getRuleRow(db, id));
  await validateRule(db, { ...before, ...input });
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable('rules')
      .set({
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.description !== undefined ? { description: input.description } : {}),
        ...(input.enabled !== undefined ? { enabled: input.enabled } : {}),
        ...(input.trigger ? { trigger: JSON.stringify(input.trigger) } : {}),
        ...(input.conditions ? { conditions: JSON.stringify(input.conditions) } : {}),
        ...(input.actions ? { actions: JSON.stringify(input.actions) } : {}),
      })
      .where('id', '=', id)
      .returning(RULE_COLUMNS)
      .executeTakeFirstOrThrow();
    const rule = toRule(row as RuleRow);
    await recordAudit(trx, actor, {
      action: 'rule.updated',
      entityType: 'rule',
      entityId: id,
      before,
      after: rule,
    });
    return rule;
  });
}
