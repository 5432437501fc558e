import { z } from 'zod';
import {
  currencyCode,
  email,
  isoDate,
  minorUnits,
  pageLimit,
  patchOf,
  requiredText,
  text,
  uuid,
} from './common.ts';

export const COVERAGE_MODELS = ['dedicated', 'pooled', 'tech_touch'] as const;
export const coverageModel = z.enum(COVERAGE_MODELS);
export type CoverageModel = z.infer<typeof coverageModel>;

export const LIFECYCLE_STAGES = [
  'onboarding',
  'adoption',
  'growth',
  'renewal',
  'at_risk',
  'churned',
] as const;
export const lifecycleStage = z.enum(LIFECYCLE_STAGES);
export type LifecycleStage = z.infer<typeof lifecycleStage>;

export const CONTACT_ROLES = [
  'decision_maker',
  'user',
  'it_admin',
  'champion',
  'billing',
  'executive_sponsor',
] as const;
export const contactRole = z.enum(CONTACT_ROLES);
export type ContactRole = z.infer<typeof contactRole>;

export const TEAM_ROLES = ['csm', 'ae', 'support', 'exec_sponsor'] as const;
export const teamRole = z.enum(TEAM_ROLES);
export type TeamRole = z.infer<typeof teamRole>;

export const CONTRACT_STATUSES = ['draft', 'active', 'expired', 'cancelled'] as const;
export const contractStatus = z.enum(CONTRACT_STATUSES);
export type ContractStatus = z.infer<typeof contractStatus>;

/** Custom fields: flat keys in snake_case, scalar values. */
export const customFieldKey = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,62}$/, 'must be snake_case, up to 63 characters');
export const customFields = z
  .record(customFieldKey, z.union([text(1000), z.number().finite(), z.boolean(), z.null()]))
  .refine((o) => Object.keys(o).length <= 100, { message: 'at most 100 custom fields' });

const domain = z
  .string()
  .trim()
  .toLowerCase()
  .max(253)
  .regex(
    /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/,
    'must be a domain such as acme.com',
  );

const accountFields = {
  name: requiredText(200),
  external_id: text(200).pipe(z.string().min(1)).nullable(),
  domain: domain.nullable(),
  parent_id: uuid.nullable(),
  segment: text(100).nullable(),
  tier: text(50).nullable(),
  coverage_model: coverageModel,
  lifecycle_stage: lifecycleStage,
  owner_id: uuid.nullable(),
  arr: minorUnits,
  currency: currencyCode,
  renewal_date: isoDate.nullable(),
  custom: customFields,
};

export const createAccountInput = z
  .object(accountFields)
  .partial()
  .required({ name: true })
  .extend({
    coverage_model: coverageModel.default('pooled'),
    lifecycle_stage: lifecycleStage.default('onboarding'),
    arr: minorUnits.default(0),
    currency: currencyCode.default('USD'),
    custom: customFields.default({}),
  })
  .strict();
export type CreateAccountInput = z.infer<typeof createAccountInput>;

export const updateAccountInput = patchOf(z.object(accountFields).partial().strict());
export type UpdateAccountInput = z.infer<typeof updateAccountInput>;

export const account = z.object({
  id: z.string(),
  name: z.string(),
  external_id: z.string().nullable(),
  domain: z.string().nullable(),
  parent_id: z.string().nullable(),
  parent_name: z.string().nullable(),
  segment: z.string().nullable(),
  tier: z.string().nullable(),
  coverage_model: coverageModel,
  lifecycle_stage: lifecycleStage,
  owner_id: z.string().nullable(),
  owner_name: z.string().nullable(),
  arr: z.number().int(),
  currency: z.string(),
  renewal_date: z.string().nullable(),
  custom: z.record(z.string(), z.unknown()),
  contact_count: z.number().int(),
  /** Distinct users with product events in the last 30 days (from the Segment-compatible ingest). */
  active_users_30d: z.number().int(),
  /** Health score 0-100 and its color from the account's scorecard; null until it has been scored. */
  health_score: z.number().nullable(),
  health_color: z.enum(['red', 'yellow', 'green']).nullable(),
  created_at: z.string(),
  updated_at: z.string(),
});
export type Account = z.infer<typeof account>;

export const ACCOUNT_SORTS = ['name', 'arr', 'renewal_date', 'created_at', 'updated_at', 'health'] as const;
export const accountSort = z.enum(ACCOUNT_SORTS);
export type AccountSort = z.infer<typeof accountSort>;

/** Comma-separated query values, e.g. `segment=SMB,Enterprise`. */
const csv = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (v) => (typeof v === 'string' ? v.slice(0, 4000).split(',').filter(Boolean) : v),
    z.array(item).max(50),
  );

export const accountListQuery = z.object({
  q: text(200).optional(),
  segment: csv(text(100)).optional(),
  tier: csv(text(50)).optional(),
  coverage_model: csv(coverageModel).optional(),
  lifecycle_stage: csv(lifecycleStage).optional(),
  owner_id: csv(uuid).optional(),
  parent_id: uuid.optional(),
  arr_min: z.coerce.number().int().min(0).optional(),
  arr_max: z.coerce.number().int().min(0).optional(),
  renewal_from: isoDate.optional(),
  renewal_to: isoDate.optional(),
  sort: accountSort.default('name'),
  order: z.enum(['asc', 'desc']).default('asc'),
  cursor: text(500).optional(),
  limit: pageLimit,
});
export type AccountListQuery = z.infer<typeof accountListQuery>;

export const accountFacets = z.object({
  segments: z.array(z.string()),
  tiers: z.array(z.string()),
});

export const contact = z.object({
  id: z.string(),
  account_id: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  title: z.string().nullable(),
  phone: z.string().nullable(),
  role: contactRole,
  created_at: z.string(),
  updated_at: z.string(),
});
export type Contact = z.infer<typeof contact>;

const contactFields = {
  name: requiredText(200),
  email: email.nullable(),
  title: text(200).nullable(),
  phone: text(50).nullable(),
  role: contactRole,
};
export const createContactInput = z
  .object(contactFields)
  .partial()
  .required({ name: true })
  .extend({ role: contactRole.default('user') })
  .strict();
export type CreateContactInput = z.infer<typeof createContactInput>;
export const updateContactInput = patchOf(z.object(contactFields).partial().strict());
export type UpdateContactInput = z.infer<typeof updateContactInput>;

export const contactListQuery = z.object({
  q: text(200).optional(),
  role: contactRole.optional(),
  cursor: text(500).optional(),
  limit: pageLimit,
});

export const teamMember = z.object({
  id: z.string(),
  account_id: z.string(),
  user_id: z.string(),
  user_name: z.string(),
  user_email: z.string(),
  role: teamRole,
  is_primary: z.boolean(),
  created_at: z.string(),
});
export type TeamMember = z.infer<typeof teamMember>;

export const addTeamMemberInput = z
  .object({ user_id: uuid, role: teamRole, is_primary: z.boolean().default(false) })
  .strict();
export type AddTeamMemberInput = z.infer<typeof addTeamMemberInput>;
export const updateTeamMemberInput = patchOf(
  z
    .object({ role: teamRole, is_primary: z.literal(true) })
    .partial()
    .strict(),
);
export type UpdateTeamMemberInput = z.infer<typeof updateTeamMemberInput>;

export const contract = z.object({
  id: z.string(),
  account_id: z.string(),
  product: z.string(),
  start_date: z.string(),
  end_date: z.string(),
  arr: z.number().int(),
  currency: z.string(),
  status: contractStatus,
  created_at: z.string(),
  updated_at: z.string(),
});
export type Contract = z.infer<typeof contract>;

const contractFields = {
  product: requiredText(200),
  start_date: isoDate,
  end_date: isoDate,
  arr: minorUnits,
  currency: currencyCode,
  status: contractStatus,
};
const endAfterStart = (c: { start_date?: string; end_date?: string }) =>
  !c.start_date || !c.end_date || c.end_date >= c.start_date;
const endAfterStartIssue = { message: 'end_date must not be before start_date', path: ['end_date'] };

export const createContractInput = z
  .object(contractFields)
  .partial({ currency: true, status: true })
  .extend({ status: contractStatus.default('active') })
  .strict()
  .refine(endAfterStart, endAfterStartIssue);
export type CreateContractInput = z.infer<typeof createContractInput>;
export const updateContractInput = patchOf(
  z.object(contractFields).partial().strict().refine(endAfterStart, endAfterStartIssue),
);
export type UpdateContractInput = z.infer<typeof updateContractInput>;

export const savedView = z.object({
  id: z.string(),
  name: z.string(),
  query: z.record(z.string(), z.unknown()),
  created_at: z.string(),
});
export type SavedView = z.infer<typeof savedView>;
// A saved view stores the accounts list's URL search: flat filter names with scalar values (or lists of
// them). Text goes through text(), so nothing reaches the jsonb column that PostgreSQL would refuse.
const savedViewValue = z.union([text(1000), z.number().finite(), z.boolean(), z.null()]);
const savedViewQuery = z.record(
  z.string().regex(/^[a-z][a-z0-9_]{0,49}$/, 'must be a snake_case filter name'),
  z.union([savedViewValue, z.array(savedViewValue).max(100)]),
);
export const createSavedViewInput = z
  .object({ name: requiredText(100), query: savedViewQuery })
  .strict()
  .refine((v) => JSON.stringify(v.query).length <= 4000, { message: 'query is too large', path: ['query'] });

/** The path parameters of one member of an account team. */
export const accountTeamMemberParams = z.object({ id: uuid, memberId: uuid });
export type AccountFacets = z.infer<typeof accountFacets>;
