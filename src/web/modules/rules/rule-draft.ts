// The rule editor's working copy: every input as the person typed it (text), turned into the API's shape only
// on save. Empty inputs are left out, so the server names each missing one next to its field.
import type { TFunction } from 'i18next';
import type {
  AccountFieldInfo,
  ConditionOperator,
  Rule,
  RuleAction,
  TriggerType,
} from '../../../shared/rules.ts';
import { ApiError, type FieldIssue } from '../../lib/api.ts';

export type Inputs = Record<string, string | boolean>;
export type ConditionDraft = { key: number; field: string; operator: ConditionOperator; value: string };
export type GroupDraft = { key: number; match: 'all' | 'any'; conditions: ConditionDraft[] };
export type ConditionItem = ConditionDraft | GroupDraft;
export type ActionDraft = { key: number; type: RuleAction['type']; inputs: Inputs };

export interface RuleDraft {
  name: string;
  description: string;
  enabled: boolean;
  trigger: Inputs & { type: TriggerType };
  match: 'all' | 'any';
  conditions: ConditionItem[];
  actions: ActionDraft[];
}

let nextKey = 1;
export const newKey = () => nextKey++;

export const isGroup = (c: ConditionItem): c is GroupDraft => 'match' in c;

/** Fresh inputs for a trigger or action type, with the server's defaults filled in. */
export const TRIGGER_DEFAULTS: Record<TriggerType, Inputs> = {
  health_alert: { kind: '' },
  health_band_changed: { to_color: 'red' },
  usage_drop: { percent: '40', window_days: '7', event: '' },
  product_event: { event: '' },
  field_changed: { field: 'lifecycle_stage' },
  renewal_in_days: { days: '120' },
  no_touchpoint_days: { days: '30' },
  account_created: {},
  contact_created: {},
  schedule: { cron: '0 9 * * 1', timezone: '' },
};

export const ACTION_DEFAULTS: Record<RuleAction['type'], Inputs> = {
  open_cta: { cta_type: 'risk', priority: 'medium', title: '', due_in_days: '7', playbook: '' },
  assign_owner: { strategy: 'least_accounts', user_id: '', overwrite: false },
  notify_slack: { channel_id: '', message: '' },
  notify_teams: { channel_id: '', message: '' },
  call_webhook: { channel_id: '' },
  send_email: { to: 'owner' },
  set_field: { field: 'lifecycle_stage', value: '' },
};

const NUMBERS = new Set(['percent', 'window_days', 'days', 'due_in_days']);

export function newAction(type: RuleAction['type']): ActionDraft {
  return { key: newKey(), type, inputs: { ...ACTION_DEFAULTS[type] } };
}

export function newCondition(): ConditionDraft {
  return { key: newKey(), field: 'segment', operator: 'eq', value: '' };
}

/** A group nested in a list reads the other way by default: "all of … and (any of …)". */
export function newGroup(outer: 'all' | 'any'): GroupDraft {
  return { key: newKey(), match: outer === 'all' ? 'any' : 'all', conditions: [newCondition()] };
}

/** `list` with item i replaced by `next`, or removed when next is null. */
export function replaceAt<T>(list: T[], i: number, next: T | null): T[] {
  return next === null ? list.filter((_, j) => j !== i) : list.map((x, j) => (j === i ? next : x));
}

/** An action switched to another type starts from that type's inputs; its key (its card) stays. */
export const retyped = (action: ActionDraft, type: RuleAction['type']): ActionDraft => ({
  ...newAction(type),
  key: action.key,
});

export type Option = { value: string; label: string };

/**
 * `options`, plus the saved value when it is not among them (a playbook or channel since deleted, or one
 * this user may not list), so the select shows what the rule holds instead of silently changing it.
 */
export function withCurrent(options: Option[], value: string): Option[] {
  return value && !options.some((o) => o.value === value) ? [...options, { value, label: value }] : options;
}

const asText = (v: unknown) =>
  v === undefined || v === null ? '' : Array.isArray(v) ? v.join(', ') : String(v);

function inputsOf(o: Record<string, unknown>, defaults: Inputs): Inputs {
  const out: Inputs = { ...defaults };
  for (const [k, v] of Object.entries(o)) if (k !== 'type') out[k] = typeof v === 'boolean' ? v : asText(v);
  return out;
}

export function draftOf(rule: Rule | undefined): RuleDraft {
  if (!rule)
    return {
      name: '',
      description: '',
      enabled: false,
      trigger: { type: 'usage_drop', ...TRIGGER_DEFAULTS.usage_drop },
      match: 'all',
      conditions: [],
      actions: [newAction('open_cta')],
    };
  const condition = (c: { field: string; operator: ConditionOperator; value?: unknown }): ConditionDraft => ({
    key: newKey(),
    field: c.field,
    operator: c.operator,
    value: asText(c.value),
  });
  return {
    name: rule.name,
    description: rule.description,
    enabled: rule.enabled,
    trigger: { ...inputsOf(rule.trigger, TRIGGER_DEFAULTS[rule.trigger.type]), type: rule.trigger.type },
    match: rule.conditions.match,
    conditions: rule.conditions.conditions.map((c) =>
      'match' in c
        ? { key: newKey(), match: c.match, conditions: c.conditions.map(condition) }
        : condition(c),
    ),
    actions: rule.actions.map((a) => ({
      key: newKey(),
      type: a.type,
      inputs: inputsOf(a, ACTION_DEFAULTS[a.type]),
    })),
  };
}

/** Inputs to JSON: numbers where the API wants numbers, empty text left out. */
function payloadOf(inputs: Inputs): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(inputs)) {
    if (typeof v === 'boolean') out[k] = v;
    else if (v.trim() === '') continue;
    else out[k] = NUMBERS.has(k) && Number.isFinite(Number(v)) ? Number(v) : v.trim();
  }
  return out;
}

function conditionPayload(c: ConditionDraft, fields: Map<string, AccountFieldInfo>) {
  const out: Record<string, unknown> = { field: c.field, operator: c.operator };
  if (c.operator === 'is_empty' || c.operator === 'is_not_empty') return out;
  const numeric = fields.get(c.field)?.type === 'number';
  const scalar = (v: string) => (numeric && v !== '' && Number.isFinite(Number(v)) ? Number(v) : v);
  if (c.operator === 'in' || c.operator === 'not_in')
    out.value = c.value
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean)
      .map(scalar);
  else if (c.value.trim() !== '') out.value = scalar(c.value.trim());
  return out;
}

export function toPayload(draft: RuleDraft, fields: Map<string, AccountFieldInfo>) {
  return {
    name: draft.name.trim() || undefined,
    description: draft.description.trim(),
    enabled: draft.enabled,
    trigger: { ...payloadOf(draft.trigger), type: draft.trigger.type },
    conditions: {
      match: draft.match,
      conditions: draft.conditions.map((c) =>
        isGroup(c)
          ? { match: c.match, conditions: c.conditions.map((x) => conditionPayload(x, fields)) }
          : conditionPayload(c, fields),
      ),
    },
    actions: draft.actions.map((a) => ({ type: a.type, ...payloadOf(a.inputs) })),
  };
}

export type Issues = Map<string, string>;

/** A 422's issues by dotted path ("actions.0.channel_id"); a missing value reads "Required" in the UI language. */
export function issuesOf(error: unknown, t: TFunction): Issues {
  const out: Issues = new Map();
  if (!(error instanceof ApiError) || !Array.isArray(error.details)) return out;
  for (const issue of error.details as (FieldIssue & { code?: string })[]) {
    const key = (issue.path ?? []).join('.');
    const missing = issue.code === 'invalid_type' && /undefined/.test(issue.message);
    if (!out.has(key)) out.set(key, missing ? t('rules.editor.required') : issue.message);
  }
  return out;
}
