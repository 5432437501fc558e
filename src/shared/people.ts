import { z } from 'zod';
import { isoDate, patchOf, requiredText, text, uuid } from './common.ts';

export const TRACKS = ['ic', 'manager'] as const;
export const track = z.enum(TRACKS);
export type Track = z.infer<typeof track>;

export const EXIT_KINDS = ['voluntary', 'involuntary', 'internal_move'] as const;
export const exitKind = z.enum(EXIT_KINDS);
export type ExitKind = z.infer<typeof exitKind>;

export const HIRE_KINDS = ['external', 'internal'] as const;
export const hireKind = z.enum(HIRE_KINDS);

/** Competencies of the ladder and the question bank; labels live in the web app's translations. */
export const COMPETENCIES = [
  'relationship_building',
  'onboarding',
  'renewals_upsell',
  'data_driven',
  'conflict_escalation',
  'coaching',
  'hiring',
  'strategy',
] as const;

const level = z.number().int().min(1).max(20);
const key = z.string().regex(/^[a-z][a-z0-9_]{0,62}$/, 'must be snake_case, up to 63 characters');
export const quarter = z.string().regex(/^\d{4}-Q[1-4]$/, 'must be a quarter such as 2026-Q4');

export const teamMember = z.object({
  id: z.string(),
  user_id: z.string().nullable(),
  name: z.string(),
  email: z.string().nullable(),
  title: z.string(),
  track,
  level: z.number().int(),
  manager_id: z.string().nullable(),
  manager_name: z.string().nullable(),
  location: z.string().nullable(),
  time_zone: z.string().nullable(),
  start_date: z.string(),
  ramp_done_on: z.string().nullable(),
  end_date: z.string().nullable(),
  exit_kind: exitKind.nullable(),
  exit_reason: z.string().nullable(),
  exit_destination: z.string().nullable(),
  hire_kind: hireKind,
  hire_source: z.string().nullable(),
  requisition_id: z.string().nullable(),
  previous_member_id: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
});
export type TeamMember = z.infer<typeof teamMember>;

const memberFields = {
  user_id: uuid.nullable(),
  name: requiredText(200),
  email: z.email().max(254).nullable(),
  title: requiredText(200),
  track,
  level,
  manager_id: uuid.nullable(),
  location: text(200).nullable(),
  time_zone: text(64).nullable(),
  start_date: isoDate,
  ramp_done_on: isoDate.nullable(),
  hire_kind: hireKind,
  hire_source: text(100).nullable(),
  previous_member_id: uuid.nullable(),
};

export const createMemberInput = z
  .object(memberFields)
  .partial()
  .required({ name: true, title: true, track: true, level: true, start_date: true })
  .extend({ hire_kind: hireKind.default('external') })
  .strict();
export type CreateMemberInput = z.infer<typeof createMemberInput>;

export const updateMemberInput = patchOf(z.object(memberFields).partial().strict());
export type UpdateMemberInput = z.infer<typeof updateMemberInput>;

/** Ending a spell: the last day worked, why, and where the person went (another team or company). */
export const endMemberInput = z
  .object({
    end_date: isoDate,
    exit_kind: exitKind,
    exit_reason: key,
    exit_destination: text(200).nullable().default(null),
  })
  .strict();
export type EndMemberInput = z.infer<typeof endMemberInput>;

export const memberListQuery = z.object({
  status: z.enum(['current', 'former', 'all']).default('current'),
});

export const careerLevel = z.object({
  id: z.string(),
  track,
  level: z.number().int(),
  title: z.string(),
  expectations: z.string(),
  competencies: z.array(z.string()),
});
export type CareerLevel = z.infer<typeof careerLevel>;

export const upsertCareerLevelInput = z
  .object({
    track,
    level,
    title: requiredText(200),
    expectations: text(4000).default(''),
    competencies: z.array(key).max(20).default([]),
  })
  .strict();

export const promotion = z.object({
  id: z.string(),
  member_id: z.string(),
  effective_on: z.string(),
  from_title: z.string(),
  to_title: z.string(),
  from_track: track,
  to_track: track,
  from_level: z.number().int(),
  to_level: z.number().int(),
  note: z.string().nullable(),
});
export type Promotion = z.infer<typeof promotion>;

export const promoteInput = z
  .object({
    effective_on: isoDate,
    to_title: requiredText(200),
    to_track: track.optional(),
    to_level: level,
    note: text(2000).nullable().default(null),
  })
  .strict();

export const careerNote = z.object({
  id: z.string(),
  member_id: z.string(),
  author_id: z.string().nullable(),
  author_name: z.string().nullable(),
  conversation_on: z.string(),
  body: z.string(),
  created_at: z.string(),
});
export type CareerNote = z.infer<typeof careerNote>;

export const createCareerNoteInput = z
  .object({ conversation_on: isoDate, body: requiredText(10000) })
  .strict();

export const memberDetail = teamMember.extend({
  promotions: z.array(promotion),
  /** Whether the caller may read this member's private career notes (member, manager, admin). */
  can_read_notes: z.boolean(),
});
export type MemberDetail = z.infer<typeof memberDetail>;

export const exitReason = z.object({
  key,
  kind: z.enum(['voluntary', 'involuntary']),
  label: requiredText(200),
});
export const coverageTarget = z.object({
  max_accounts: z.number().int().min(1).max(100000),
});

export const teamSettings = z
  .object({
    exit_reasons: z.array(exitReason).min(1).max(50),
    capacity: z
      .object({
        dedicated: coverageTarget,
        pooled: coverageTarget,
        tech_touch: coverageTarget,
      })
      .strict(),
    /** Dedicated accounts below this ARR (minor units of `currency`) are flagged as effort without value. */
    low_value_arr: z.number().int().min(0).max(1_000_000_000_000),
    currency: z.string().regex(/^[A-Z]{3}$/, 'must be a three-letter currency code such as USD'),
  })
  .strict()
  .superRefine((settings, ctx) => {
    // Members' exits store the key: two reasons with one key could not be told apart.
    const seen = new Set<string>();
    for (const [i, reason] of settings.exit_reasons.entries()) {
      if (seen.has(reason.key))
        ctx.addIssue({
          code: 'custom',
          path: ['exit_reasons', i, 'key'],
          message: 'is used by another reason',
        });
      seen.add(reason.key);
    }
  });
export type TeamSettings = z.infer<typeof teamSettings>;

/** Goal units: grr, nrr, renewals_on_time and csat in percent; churned_arr a ceiling in minor units; health_trend in points. */
export const KPI_METRICS = ['grr', 'nrr', 'churned_arr', 'renewals_on_time', 'csat', 'health_trend'] as const;
export const kpiMetric = z.enum(KPI_METRICS);
export type KpiMetric = z.infer<typeof kpiMetric>;
export const kpiGoal = z.object({
  id: z.string(),
  member_id: z.string(),
  quarter: z.string(),
  metric: kpiMetric,
  target: z.number(),
});
export const setKpiGoalInput = z
  .object({ member_id: uuid, quarter, metric: kpiMetric, target: z.number().finite().min(-100).max(1e15) })
  .strict()
  .superRefine((goal, ctx) => {
    // Percentages stay within 0-1000 % (NRR may pass 100 %); a health trend is -100 to +100 points.
    const [min, max] =
      goal.metric === 'churned_arr' ? [0, 1e15] : goal.metric === 'health_trend' ? [-100, 100] : [0, 1000];
    if (goal.target < min || goal.target > max)
      ctx.addIssue({ code: 'custom', path: ['target'], message: `must be between ${min} and ${max}` });
  });

export const pulseInput = z
  .object({
    period: quarter,
    growth: z.number().int().min(1).max(5),
    clarity: z.number().int().min(1).max(5),
    support: z.number().int().min(1).max(5),
  })
  .strict();

export const metricsQuery = z.object({
  from: isoDate.optional(),
  to: isoDate.optional(),
});

const count = z.object({ key: z.string(), count: z.number().int() });
export const teamMetrics = z.object({
  from: z.string(),
  to: z.string(),
  headcount: z.array(z.object({ month: z.string(), headcount: z.number().int() })),
  headcount_start: z.number().int(),
  headcount_end: z.number().int(),
  average_headcount: z.number(),
  attrition: z.object({
    voluntary_exits: z.number().int(),
    involuntary_exits: z.number().int(),
    internal_moves_out: z.number().int(),
    voluntary_rate: z.number().nullable(),
    involuntary_rate: z.number().nullable(),
    total_rate: z.number().nullable(),
  }),
  average_tenure_days: z.number().nullable(),
  average_ramp_days: z.number().nullable(),
  average_time_to_fill_days: z.number().nullable(),
  hires: z.object({ external: z.number().int(), internal: z.number().int() }),
  inflow_sources: z.array(count),
  outflow_destinations: z.array(count),
  exit_reasons: z.array(count.extend({ kind: z.string() })),
  pulse: z.array(
    z.object({
      period: z.string(),
      responses: z.number().int(),
      growth: z.number().nullable(),
      clarity: z.number().nullable(),
      support: z.number().nullable(),
      favourable_share: z.number().nullable(),
    }),
  ),
  /** Each figure's formula, so the page explains every number. */
  formulas: z.record(z.string(), z.string()),
});
export type TeamMetrics = z.infer<typeof teamMetrics>;

export const capacityRow = z.object({
  user_id: z.string(),
  name: z.string(),
  member_id: z.string().nullable(),
  accounts: z.object({ dedicated: z.number().int(), pooled: z.number().int(), tech_touch: z.number().int() }),
  arr: z.array(z.object({ currency: z.string(), amount: z.number().int() })),
  /** accounts / target per coverage model, summed: 1.0 is a full book. */
  load: z.number(),
  /** Accounts in the book by current health color; `none` has not been scored yet. */
  health: z.object({
    green: z.number().int(),
    yellow: z.number().int(),
    red: z.number().int(),
    none: z.number().int(),
  }),
  /** Not closed / not done, and of those the ones past their due date. */
  ctas: z.object({ open: z.number().int(), overdue: z.number().int() }),
  tasks: z.object({ open: z.number().int(), overdue: z.number().int() }),
  /** Touchpoints the CSM logged in the last 30 days. */
  touchpoints_30d: z.number().int(),
  /** Share of CSAT answers of 4 or 5 (of 5) on the book's accounts in the last 90 days; null without answers. */
  csat: z.number().nullable(),
  csat_responses: z.number().int(),
  /** Effort against value: dedicated accounts under the low-value ARR and the work they took. */
  low_value_dedicated: z.number().int(),
  low_value_touchpoints_30d: z.number().int(),
  low_value_open_ctas: z.number().int(),
});
export type CapacityRow = z.infer<typeof capacityRow>;

export const rebalanceSuggestion = z
  .object({
    kind: z.enum(['reassign', 'change_coverage']),
    account_id: uuid,
    account_name: z.string().optional(),
    from_owner_id: uuid.nullable(),
    to_owner_id: uuid.nullable(),
    to_coverage: z.enum(['dedicated', 'pooled', 'tech_touch']).nullable(),
    reason: z.string().optional(),
  })
  .strict();
export type RebalanceSuggestion = z.infer<typeof rebalanceSuggestion>;

export const capacityReport = z.object({
  targets: teamSettings.shape.capacity,
  rows: z.array(capacityRow),
  suggestions: z.array(rebalanceSuggestion),
});
export type CapacityReport = z.infer<typeof capacityReport>;

export const applyRebalanceInput = z
  .object({ suggestions: z.array(rebalanceSuggestion).min(1).max(500) })
  .strict();

export const kpiRow = z.object({
  member_id: z.string(),
  user_id: z.string().nullable(),
  name: z.string(),
  currency: z.string(),
  starting_arr: z.number().int(),
  ending_arr: z.number().int(),
  churned_arr: z.number().int(),
  grr: z.number().nullable(),
  nrr: z.number().nullable(),
  renewals_due: z.number().int(),
  renewals_on_time: z.number().int(),
  /** Share of CSAT answers of 4 or 5 in the quarter; null without answers. */
  csat: z.number().nullable(),
  csat_responses: z.number().int(),
  /** Average health score of the book on the quarter's first and last day (or today), and the change in points. */
  health_start: z.number().nullable(),
  health_end: z.number().nullable(),
  health_trend: z.number().nullable(),
  goals: z.array(z.object({ metric: kpiMetric, target: z.number(), actual: z.number().nullable() })),
});
export const kpiReport = z.object({
  quarter: z.string(),
  from: z.string(),
  to: z.string(),
  rows: z.array(kpiRow),
});
export type KpiReport = z.infer<typeof kpiReport>;
export const kpiQuery = z.object({ quarter: quarter.optional() });

/** How many rebalancing suggestions were applied. */
export const rebalanceResult = z.object({ applied: z.number().int() });

/** A stored pulse answer: only its id and period come back, the answer is private. */
export const pulseReceipt = z.object({ id: z.string(), period: z.string() });

/** The caller's own team record, or null when they have none. */
export const myMember = z.object({ member: memberDetail.nullable() });
export type MyMember = z.infer<typeof myMember>;
export type RebalanceResult = z.infer<typeof rebalanceResult>;
export type KpiGoal = z.infer<typeof kpiGoal>;
