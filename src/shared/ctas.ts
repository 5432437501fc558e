import { z } from 'zod';
import { isoDate, patchOf, requiredText, text, uuid } from './common.ts';

export const CTA_TYPES = ['risk', 'opportunity', 'onboarding', 'renewal', 'lifecycle'] as const;
export type CtaType = (typeof CTA_TYPES)[number];
export const CTA_PRIORITIES = ['low', 'medium', 'high', 'urgent'] as const;
export type CtaPriority = (typeof CTA_PRIORITIES)[number];
export const CTA_STATUSES = ['open', 'in_progress', 'snoozed', 'closed'] as const;
export type CtaStatus = (typeof CTA_STATUSES)[number];
export const CTA_OUTCOMES = ['success', 'failure', 'not_needed'] as const;

/** Why a CTA exists: the rule and the facts that fired it, as they were when it fired. */
export const ctaReason = z.object({
  rule_id: uuid.nullable().optional(),
  rule_name: z.string().optional(),
  trigger: z.string().optional(),
  facts: z.record(z.string(), z.unknown()).optional(),
  fired_at: z.string().optional(),
  note: z.string().optional(),
});
export type CtaReason = z.infer<typeof ctaReason>;

export const cta = z.object({
  id: uuid,
  account_id: uuid,
  account_name: z.string(),
  rule_id: uuid.nullable(),
  type: z.enum(CTA_TYPES),
  priority: z.enum(CTA_PRIORITIES),
  title: z.string(),
  owner_id: uuid.nullable(),
  owner_name: z.string().nullable(),
  due_date: z.string().nullable(),
  status: z.enum(CTA_STATUSES),
  snoozed_until: z.string().nullable(),
  outcome: z.enum(CTA_OUTCOMES).nullable(),
  playbook: z.string().nullable(),
  reason: ctaReason,
  fire_count: z.number().int(),
  open_tasks: z.number().int(),
  created_at: z.string(),
  updated_at: z.string(),
});
export type Cta = z.infer<typeof cta>;

export const createCtaInput = z
  .object({
    account_id: uuid,
    type: z.enum(CTA_TYPES),
    priority: z.enum(CTA_PRIORITIES).default('medium'),
    title: requiredText(200),
    owner_id: uuid.nullable().optional(),
    due_date: isoDate.nullable().optional(),
    playbook: text(100).optional(),
    note: text(2000).optional(),
  })
  .strict();
export type CreateCtaInput = z.infer<typeof createCtaInput>;

export const updateCtaInput = patchOf(
  z
    .object({
      title: requiredText(200),
      priority: z.enum(CTA_PRIORITIES),
      owner_id: uuid.nullable(),
      due_date: isoDate.nullable(),
      status: z.enum(CTA_STATUSES),
      snoozed_until: isoDate.nullable(),
      outcome: z.enum(CTA_OUTCOMES).nullable(),
    })
    .partial()
    .strict()
    .refine((v) => v.status !== 'snoozed' || !!v.snoozed_until, {
      message: 'a snoozed CTA needs snoozed_until',
      path: ['snoozed_until'],
    })
    .refine((v) => v.status !== 'closed' || !!v.outcome, {
      message: 'closing a CTA needs an outcome',
      path: ['outcome'],
    }),
);
export type UpdateCtaInput = z.infer<typeof updateCtaInput>;

export const ctaListQuery = z.object({
  owner: z.union([z.literal('me'), uuid]).optional(),
  account_id: uuid.optional(),
  status: z.enum(['open', 'closed', 'all']).default('open'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const TASK_KINDS = ['task', 'email', 'wait'] as const;
export const task = z.object({
  id: uuid,
  cta_id: uuid.nullable(),
  account_id: uuid,
  account_name: z.string(),
  owner_id: uuid.nullable(),
  kind: z.enum(TASK_KINDS),
  title: z.string(),
  body: z.string(),
  position: z.number().int(),
  due_date: z.string().nullable(),
  done_at: z.string().nullable(),
});
export type Task = z.infer<typeof task>;
export const updateTaskInput = patchOf(
  z
    .object({
      done: z.boolean(),
      due_date: isoDate.nullable(),
      owner_id: uuid.nullable(),
      title: requiredText(300),
    })
    .partial()
    .strict(),
);
export type UpdateTaskInput = z.infer<typeof updateTaskInput>;

export const LOCALES = ['en', 'ru', 'ko', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];
const localized = z.object({ en: z.string(), ru: z.string(), ko: z.string(), zh: z.string() });
export type Localized = z.infer<typeof localized>;

export const playbookStep = z.object({
  kind: z.enum(TASK_KINDS),
  offset_days: z.number().int().min(0).max(365),
  title: localized,
  body: localized.optional(),
});
export type PlaybookStep = z.infer<typeof playbookStep>;
export const playbook = z.object({
  id: z.string(),
  builtin: z.boolean(),
  cta_type: z.enum(CTA_TYPES),
  name: localized,
  description: localized,
  steps: z.array(playbookStep),
});
export type Playbook = z.infer<typeof playbook>;

const stepInput = z
  .object({
    kind: z.enum(TASK_KINDS).default('task'),
    offset_days: z.number().int().min(0).max(365),
    title: requiredText(300),
    body: text(5000).optional(),
  })
  .strict();
export const createPlaybookInput = z
  .object({
    name: requiredText(200),
    cta_type: z.enum(CTA_TYPES),
    description: text(2000).default(''),
    steps: z.array(stepInput).min(1).max(50),
  })
  .strict();
export type CreatePlaybookInput = z.infer<typeof createPlaybookInput>;

export const TOUCHPOINT_TYPES = ['call', 'meeting', 'email', 'note'] as const;
export const touchpoint = z.object({
  id: uuid,
  account_id: uuid,
  type: z.enum(TOUCHPOINT_TYPES),
  occurred_at: z.string(),
  author_id: uuid.nullable(),
  author_name: z.string().nullable(),
  contact_ids: z.array(uuid),
  summary: z.string(),
  created_at: z.string(),
});
export type Touchpoint = z.infer<typeof touchpoint>;
export const createTouchpointInput = z
  .object({
    type: z.enum(TOUCHPOINT_TYPES),
    occurred_at: z.iso.datetime({ offset: true }),
    contact_ids: z.array(uuid).max(50).default([]),
    summary: requiredText(5000),
  })
  .strict();
export type CreateTouchpointInput = z.infer<typeof createTouchpointInput>;

export const cockpit = z.object({
  scope: z.enum(['me', 'team']),
  ctas: z.array(cta),
  tasks_today: z.array(task),
  at_risk: z.array(
    z.object({
      account_id: uuid,
      account_name: z.string(),
      arr: z.number(),
      currency: z.string(),
      cta_title: z.string(),
    }),
  ),
  renewals: z.array(
    z.object({
      account_id: uuid,
      account_name: z.string(),
      renewal_date: z.string(),
      arr: z.number(),
      currency: z.string(),
      owner_name: z.string().nullable(),
    }),
  ),
  team: z.array(
    z.object({
      user_id: uuid,
      name: z.string(),
      open_ctas: z.number().int(),
      overdue_ctas: z.number().int(),
      overdue_tasks: z.number().int(),
      accounts: z.number().int(),
    }),
  ),
});
export type Cockpit = z.infer<typeof cockpit>;

export const cockpitQuery = z.object({ scope: z.enum(['me', 'team']).default('me') });
