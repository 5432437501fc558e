import { sql } from 'kysely';
import type { ConditionGroup, Rule, RuleAction, Trigger } from '../../../shared/rules.ts';
import type { Db } from '../../db/client.ts';
import { notFound } from '../../errors.ts';

export interface RuleRow {
  id: string;
  name: string;
  description: string;
  enabled: boolean;
  trigger: unknown;
  conditions: unknown;
  actions: unknown;
  state: Record<string, unknown>;
  last_fired_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

/** A rule as the engine reads it: typed trigger, conditions and actions (validated when saved). */
export interface LoadedRule {
  id: string;
  name: string;
  trigger: Trigger;
  conditions: ConditionGroup;
  actions: RuleAction[];
  state: Record<string, unknown>;
}

export const RULE_COLUMNS = [
  'id',
  'name',
  'description',
  'enabled',
  'trigger',
  'conditions',
  'actions',
  'state',
  'last_fired_at',
  'created_at',
  'updated_at',
] as const;

export function toRule(row: RuleRow): Rule {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    enabled: row.enabled,
    trigger: row.trigger as Trigger,
    conditions: row.conditions as Rule['conditions'],
    actions: row.actions as RuleAction[],
    last_fired_at: row.last_fired_at?.toISOString() ?? null,
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
  };
}

export function toLoadedRule(
  row: Pick<RuleRow, 'id' | 'name' | 'trigger' | 'conditions' | 'actions' | 'state'>,
) {
  return row as LoadedRule;
}

export async function getRuleRow(db: Db, id: string): Promise<RuleRow> {
  const row = await db.selectFrom('rules').select(RULE_COLUMNS).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Rule');
  return row as RuleRow;
}

/** Enabled rules whose trigger is one of these types. */
export async function activeRules(db: Db, triggerTypes: readonly string[]): Promise<LoadedRule[]> {
  if (!triggerTypes.length) return [];
  const rows = await db
    .selectFrom('rules')
    .select(['id', 'name', 'trigger', 'conditions', 'actions', 'state'])
    .where('enabled', '=', true)
    .where(sql<boolean>`trigger->>'type' = any(${[...triggerTypes]}::text[])`)
    .orderBy('created_at')
    .execute();
  return rows.map((r) => toLoadedRule(r as RuleRow));
}
