import { z } from 'zod';
import { patchOf, requiredText, text, uuid } from './common.ts';
import { CTA_PRIORITIES, CTA_TYPES } from './ctas.ts';

/** Triggers fired by a signal (an event that happened) and triggers found by a periodic sweep (a state). */
export const TRIGGER_TYPES = [
  'health_alert',
  'health_band_changed',
  'usage_drop',
  'product_event',
  'field_changed',
  'renewal_in_days',
  'no_touchpoint_days',
  'account_created',
  'contact_created',
  'schedule',
] as const;
export type TriggerType = (typeof TRIGGER_TYPES)[number];

const days = z.number().int().min(1).max(730);
const fieldName = z.string().min(1).max(100);
const healthColor = z.enum(['red', 'yellow', 'green']);

export const trigger = z.discriminatedUnion('type', [
  z.object({ type: z.literal('health_alert'), kind: text(100).optional() }).strict(),
  z.object({ type: z.literal('health_band_changed'), to_color: healthColor.optional() }).strict(),
  z
    .object({
      type: z.literal('usage_drop'),
      /** Fires when the last window's events are at least this percentage below the window before. */
      percent: z.number().int().min(1).max(100),
      window_days: days.max(90).default(7),
      /** One event name, or every usage event when absent. */
      event: text(200).optional(),
    })
    .strict(),
  z.object({ type: z.literal('product_event'), event: requiredText(200) }).strict(),
  z.object({ type: z.literal('field_changed'), field: fieldName }).strict(),
  z.object({ type: z.literal('renewal_in_days'), days }).strict(),
  z.object({ type: z.literal('no_touchpoint_days'), days }).strict(),
  z.object({ type: z.literal('account_created') }).strict(),
  z.object({ type: z.literal('contact_created') }).strict(),
  z.object({ type: z.literal('schedule'), cron: requiredText(100), timezone: text(64).optional() }).strict(),
]);
export type Trigger = z.infer<typeof trigger>;

export const CONDITION_OPERATORS = [
  'eq',
  'neq',
  'gt',
  'gte',
  'lt',
  'lte',
  'in',
  'not_in',
  'contains',
  'is_empty',
  'is_not_empty',
] as const;
export type ConditionOperator = (typeof CONDITION_OPERATORS)[number];

const scalar = z.union([text(500), z.number().finite(), z.boolean()]);
export const condition = z
  .object({
    field: fieldName,
    operator: z.enum(CONDITION_OPERATORS),
    value: z.union([scalar, z.array(scalar).max(200), z.null()]).optional(),
  })
  .strict();
export type Condition = z.infer<typeof condition>;

export interface ConditionGroup {
  match: 'all' | 'any';
  conditions: (Condition | ConditionGroup)[];
}
// Two levels (a group of conditions and groups of conditions) cover "A and (B or C)"; written out rather
// than recursive so the OpenAPI document can describe it.
const innerGroup = z
  .object({ match: z.enum(['all', 'any']), conditions: z.array(condition).max(50) })
  .strict();
export const conditionGroup = z
  .object({
    match: z.enum(['all', 'any']),
    conditions: z.array(z.union([condition, innerGroup])).max(50),
  })
  .strict();

const templateText = text(2000);
export const ASSIGN_STRATEGIES = ['least_accounts', 'least_arr', 'round_robin', 'named'] as const;

export const action = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('open_cta'),
      cta_type: z.enum(CTA_TYPES),
      priority: z.enum(CTA_PRIORITIES).default('medium'),
      title: requiredText(200),
      due_in_days: z.number().int().min(0).max(365).default(7),
      playbook: text(100).optional(),
    })
    .strict(),
  z
    .object({
      type: z.literal('assign_owner'),
      strategy: z.enum(ASSIGN_STRATEGIES),
      user_id: uuid.optional(),
      /** Replace an existing owner; by default only accounts without an owner get one. */
      overwrite: z.boolean().default(false),
    })
    .strict(),
  z.object({ type: z.literal('notify_slack'), channel_id: uuid, message: templateText.optional() }).strict(),
  z.object({ type: z.literal('notify_teams'), channel_id: uuid, message: templateText.optional() }).strict(),
  z.object({ type: z.literal('call_webhook'), channel_id: uuid }).strict(),
  z
    .object({
      type: z.literal('send_email'),
      /** 'owner' mails the account's CSM in their language; otherwise an address. */
      to: z.union([z.literal('owner'), z.email().max(254)]),
    })
    .strict(),
  z
    .object({
      type: z.literal('set_field'),
      field: fieldName,
      value: z.union([text(500), z.number().finite(), z.boolean(), z.null()]),
    })
    .strict(),
]);
export type RuleAction = z.infer<typeof action>;

const ruleFields = {
  name: requiredText(200),
  description: text(2000).default(''),
  enabled: z.boolean().default(false),
  trigger,
  conditions: conditionGroup.default({ match: 'all', conditions: [] }),
  actions: z.array(action).min(1, 'a rule needs at least one action').max(20),
};

export const createRuleInput = z.object(ruleFields).strict();
export type CreateRuleInput = z.infer<typeof createRuleInput>;
export const updateRuleInput = patchOf(
  z
    .object({
      name: ruleFields.name,
      description: text(2000),
      enabled: z.boolean(),
      trigger,
      conditions: conditionGroup,
      actions: ruleFields.actions,
    })
    .partial()
    .strict(),
);
export type UpdateRuleInput = z.infer<typeof updateRuleInput>;

export const rule = z.object({
  id: uuid,
  name: z.string(),
  description: z.string(),
  enabled: z.boolean(),
  trigger,
  conditions: conditionGroup,
  actions: z.array(action),
  last_fired_at: z.string().nullable(),
  /** Firings recorded for the rule (in the list only). */
  fire_count: z.number().int().optional(),
  created_at: z.string(),
  updated_at: z.string(),
});
export type Rule = z.infer<typeof rule>;

export const ruleRun = z.object({
  id: z.number().int(),
  rule_id: uuid,
  account_id: uuid.nullable(),
  account_name: z.string().nullable(),
  status: z.enum(['fired', 'error']),
  facts: z.unknown(),
  error: z.string().nullable(),
  at: z.string(),
});
export type RuleRun = z.infer<typeof ruleRun>;

export const dryRunResult = z.object({
  days: z.number().int(),
  accounts: z.array(
    z.object({ account_id: uuid, account_name: z.string(), facts: z.unknown(), at: z.string().nullable() }),
  ),
  total: z.number().int(),
});
export type DryRunResult = z.infer<typeof dryRunResult>;

/** The account fields a condition may test and set_field may change (the server's registry is the truth). */
export const accountFieldInfo = z.object({
  name: z.string(),
  type: z.enum(['text', 'number', 'date', 'boolean']),
  settable: z.boolean(),
});
export type AccountFieldInfo = z.infer<typeof accountFieldInfo>;

export const failedJob = z.object({
  id: uuid,
  queue: z.string(),
  data: z.unknown(),
  error: z.string().nullable(),
  retry_count: z.number().int(),
  created_at: z.string(),
  failed_at: z.string().nullable(),
});
export type FailedJob = z.infer<typeof failedJob>;
