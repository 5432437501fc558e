import type { CreateRuleInput, Rule } from '../../../shared/rules.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../auth/actor.ts';
import { recordAudit } from '../auth/record-audit.ts';
import { RULE_COLUMNS, type RuleRow, toRule } from './rule-row.ts';
import { validateRule } from './validate-rule.ts';

export async function createRule(db: Db, actor: Actor, input: CreateRuleInput): Promise<Rule> {
  await validateRule(db, input);
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('rules')
      .values({
        name: input.name,
        description: input.description,
        enabled: input.enabled,
        trigger: JSON.stringify(input.trigger),
        conditions: JSON.stringify(input.conditions),
        actions: JSON.stringify(input.actions),
        state: '{}',
        created_by: actor.type === 'user' ? actor.id : null,
      })
      .returning(RULE_COLUMNS)
      .executeTakeFirstOrThrow();
    const rule = toRule(row as RuleRow);
    await recordAudit(trx, actor, {
      action: 'rule.created',
      entityType: 'rule',
      entityId: rule.id,
      after: rule,
    });
    return rule;
  });
}
