import { Cron } from 'croner';
import { updateAccountInput } from '../../../shared/accounts.ts';
import { isoDate } from '../../../shared/common.ts';
import type { Condition, ConditionGroup, RuleAction, Trigger } from '../../../shared/rules.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { findPlaybook } from '../ctas/playbook-library.ts';
import { accountField, type FieldType } from './account-fields.ts';

interface Issue {
  path: string[];
  message: string;
  code: string;
}

/**
 * What zod cannot see: fields that exist, a cron that parses, actions whose target exists. Every problem
 * is listed (422) so the editor can show each next to its input.
 */
export async function validateRule(
  db: Db,
  rule: { trigger: Trigger; conditions: ConditionGroup; actions: RuleAction[] },
): Promise<void> {
  const issues: Issue[] = [];
  checkTrigger(rule.trigger, issues);
  checkConditions(rule.conditions, ['conditions'], issues);
  for (const [i, action] of rule.actions.entries())
    await checkAction(db, action, ['actions', String(i)], issues);
  if (issues.length) throw new AppError('validation_failed', 'The rule is not valid', issues);
}

function checkTrigger(trigger: Trigger, issues: Issue[]) {
  if (trigger.type === 'schedule') {
    try {
      new Cron(trigger.cron, { timezone: trigger.timezone, paused: true });
    } catch (err) {
      issues.push({
        path: ['trigger', 'cron'],
        message: `is not a valid cron expression: ${(err as Error).message}`,
        code: 'invalid_cron',
      });
    }
  }
  if (trigger.type === 'field_changed' && !accountField(trigger.field))
    issues.push({
      path: ['trigger', 'field'],
      message: `unknown field ${trigger.field}`,
      code: 'unknown_field',
    });
}

/** What a condition's value must be for its field, where the field's type constrains it. */
function valueType(type: FieldType, operator: Condition['operator']) {
  if (type === 'number') return { is: 'is a number', accepts: (v: unknown) => typeof v === 'number' };
  if (type === 'date' && operator !== 'contains')
    return { is: 'is a date: YYYY-MM-DD', accepts: (v: unknown) => isoDate.safeParse(v).success };
  return undefined;
}

function checkConditions(group: ConditionGroup, path: string[], issues: Issue[], depth = 0) {
  if (depth > 5) issues.push({ path, message: 'groups nest at most 5 deep', code: 'too_deep' });
  for (const [i, c] of group.conditions.entries()) {
    const at = [...path, 'conditions', String(i)];
    if ('match' in c) {
      checkConditions(c, at, issues, depth + 1);
      continue;
    }
    const field = accountField(c.field);
    if (!field) {
      issues.push({ path: [...at, 'field'], message: `unknown field ${c.field}`, code: 'unknown_field' });
      continue;
    }
    const needsValue = c.operator !== 'is_empty' && c.operator !== 'is_not_empty';
    const many = c.operator === 'in' || c.operator === 'not_in';
    if (needsValue && (c.value === undefined || c.value === null))
      issues.push({ path: [...at, 'value'], message: 'needs a value', code: 'missing_value' });
    else if (needsValue && many !== Array.isArray(c.value))
      issues.push({
        path: [...at, 'value'],
        message: many ? 'needs a list of values' : 'needs a single value',
        code: 'invalid_value',
      });
    else if (needsValue) {
      // Checked here, not when the rule runs: a value the column cannot take would fail every evaluation.
      const typed = valueType(field.type, c.operator);
      const values = Array.isArray(c.value) ? c.value : [c.value];
      if (typed && values.some((v) => !typed.accepts(v)))
        issues.push({ path: [...at, 'value'], message: `${c.field} ${typed.is}`, code: 'invalid_value' });
    }
  }
}

async function checkAction(db: Db, action: RuleAction, path: string[], issues: Issue[]) {
  const missing = (field: string, message: string) =>
    issues.push({ path: [...path, field], message, code: 'missing_target' });
  switch (action.type) {
    case 'open_cta':
      if (action.playbook && !(await findPlaybook(db, action.playbook)))
        missing('playbook', `no playbook ${action.playbook}`);
      return;
    case 'assign_owner': {
      if (action.strategy !== 'named') return;
      if (!action.user_id) return missing('user_id', 'a named owner needs user_id');
      if (!(await isActiveCsm(db, action.user_id)))
        missing('user_id', 'no active CSM or CS manager has this id');
      return;
    }
    case 'notify_slack':
    case 'notify_teams':
    case 'call_webhook': {
      const kind =
        action.type === 'notify_slack' ? 'slack' : action.type === 'notify_teams' ? 'teams' : 'webhook';
      const channel = await db
        .selectFrom('notification_channels')
        .select('id')
        .where('id', '=', action.channel_id)
        .where('kind', '=', kind)
        .executeTakeFirst();
      if (!channel) missing('channel_id', `no ${kind} channel has this id`);
      return;
    }
    case 'send_email':
      return;
    case 'set_field': {
      const column = accountField(action.field)?.column;
      if (!column)
        return issues.push({
          path: [...path, 'field'],
          message: `${action.field} cannot be set by a rule`,
          code: 'unknown_field',
        });
      // The value must be one the account editor would accept: a rule that saves a value the column
      // refuses fails every time it fires.
      const parsed = updateAccountInput.shape[column].safeParse(action.value);
      if (!parsed.success)
        return issues.push({
          path: [...path, 'value'],
          message: `${action.field}: ${parsed.error.issues[0]?.message ?? 'invalid value'}`,
          code: 'invalid_value',
        });
      if (column === 'owner_id' && typeof action.value === 'string' && !(await isActiveCsm(db, action.value)))
        missing('value', 'no active CSM or CS manager has this id');
      return;
    }
  }
}

/** Whether the id is an active user who can own accounts. */
async function isActiveCsm(db: Db, id: string) {
  const user = await db
    .selectFrom('users')
    .select('id')
    .where('id', '=', id)
    .where('role', 'in', ['csm', 'cs_manager'])
    .where('active', '=', true)
    .executeTakeFirst();
  return user !== undefined;
}
