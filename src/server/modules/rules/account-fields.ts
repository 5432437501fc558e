import { type RawBuilder, sql } from 'kysely';

export type FieldType = 'text' | 'number' | 'date' | 'boolean';

export interface AccountField {
  type: FieldType;
  /** The field as a SQL expression over the accounts row aliased `a`. */
  sql: RawBuilder<unknown>;
  /** The column set_field writes, when the field can be set. */
  column?: 'segment' | 'tier' | 'coverage_model' | 'lifecycle_stage' | 'owner_id' | 'renewal_date';
}

/**
 * What a condition may test, by name. Another module adds a field with one line, e.g. the health module:
 *   health_score: { type: 'number', sql: sql`(select score from account_health h where h.account_id = a.id)` },
 */
export const ACCOUNT_FIELDS: Record<string, AccountField> = {
  name: { type: 'text', sql: sql`a.name` },
  domain: { type: 'text', sql: sql`a.domain` },
  segment: { type: 'text', sql: sql`a.segment`, column: 'segment' },
  tier: { type: 'text', sql: sql`a.tier`, column: 'tier' },
  coverage_model: { type: 'text', sql: sql`a.coverage_model`, column: 'coverage_model' },
  lifecycle_stage: { type: 'text', sql: sql`a.lifecycle_stage`, column: 'lifecycle_stage' },
  owner_id: { type: 'text', sql: sql`a.owner_id::text`, column: 'owner_id' },
  arr: { type: 'number', sql: sql`a.arr` },
  currency: { type: 'text', sql: sql`a.currency` },
  renewal_date: { type: 'date', sql: sql`a.renewal_date`, column: 'renewal_date' },
  days_to_renewal: { type: 'number', sql: sql`(a.renewal_date - current_date)` },
  contact_count: { type: 'number', sql: sql`a.contact_count` },
  account_age_days: { type: 'number', sql: sql`(current_date - a.created_at::date)` },
  health_score: {
    type: 'number',
    sql: sql`(select round(h.score) from account_health h where h.account_id = a.id)`,
  },
  health_color: { type: 'text', sql: sql`(select h.color from account_health h where h.account_id = a.id)` },
};

const CUSTOM = /^custom\.([a-z][a-z0-9_]{0,62})$/;

/** A registered field, or a custom field (`custom.<key>`, read as text); undefined for an unknown name. */
export function accountField(name: string): AccountField | undefined {
  if (Object.hasOwn(ACCOUNT_FIELDS, name)) return ACCOUNT_FIELDS[name];
  const custom = CUSTOM.exec(name);
  if (custom) return { type: 'text', sql: sql`(a.custom->>${custom[1]})` };
  return undefined;
}

export function listAccountFields() {
  return Object.entries(ACCOUNT_FIELDS).map(([name, f]) => ({ name, type: f.type, settable: !!f.column }));
}
