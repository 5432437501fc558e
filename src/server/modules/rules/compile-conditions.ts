import { type RawBuilder, sql } from 'kysely';
import type { Condition, ConditionGroup } from '../../../shared/rules.ts';
import { accountField, type FieldType } from './account-fields.ts';

/** Conditions as one SQL predicate over the accounts row `a`; validated beforehand by validateRule. */
export function compileConditions(group: ConditionGroup): RawBuilder<boolean> {
  if (!group.conditions.length) return sql<boolean>`true`;
  const parts = group.conditions.map((c) => ('match' in c ? compileConditions(c) : compileCondition(c)));
  return sql<boolean>`(${sql.join(parts, sql.raw(group.match === 'all' ? ' and ' : ' or '))})`;
}

function typed(value: unknown, type: FieldType) {
  if (type === 'number') return sql`${Number(value)}::numeric`;
  if (type === 'date') return sql`${String(value)}::date`;
  if (type === 'boolean') return sql`${Boolean(value)}::boolean`;
  return sql`${String(value)}::text`;
}

function compileCondition(c: Condition): RawBuilder<boolean> {
  const field = accountField(c.field);
  if (!field) throw new Error(`unknown field ${c.field}`);
  const f = field.sql;
  const list = (Array.isArray(c.value) ? c.value : [c.value]).map((v) => typed(v, field.type));
  switch (c.operator) {
    case 'eq':
      return sql<boolean>`(${f} = ${typed(c.value, field.type)})`;
    case 'neq':
      return sql<boolean>`(${f} is distinct from ${typed(c.value, field.type)})`;
    case 'gt':
      return sql<boolean>`(${f} > ${typed(c.value, field.type)})`;
    case 'gte':
      return sql<boolean>`(${f} >= ${typed(c.value, field.type)})`;
    case 'lt':
      return sql<boolean>`(${f} < ${typed(c.value, field.type)})`;
    case 'lte':
      return sql<boolean>`(${f} <= ${typed(c.value, field.type)})`;
    case 'in':
      return sql<boolean>`(${f} in (${sql.join(list)}))`;
    case 'not_in':
      return sql<boolean>`(${f} is null or ${f} not in (${sql.join(list)}))`;
    case 'contains':
      return sql<boolean>`(${f}::text ilike '%' || ${String(c.value)} || '%')`;
    case 'is_empty':
      return sql<boolean>`(${f} is null or ${f}::text = '')`;
    case 'is_not_empty':
      return sql<boolean>`(${f} is not null and ${f}::text <> '')`;
  }
}
