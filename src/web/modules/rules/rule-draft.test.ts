import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AccountFieldInfo, createRuleInput, type Rule } from '../../../shared/rules.ts';
import { ApiError } from '../../lib/api.ts';
import { draftOf, issuesOf, newGroup, replaceAt, toPayload, withCurrent } from './rule-draft.ts';

const FIELDS = new Map<string, AccountFieldInfo>([
  ['segment', { name: 'segment', type: 'text', settable: true }],
  ['arr', { name: 'arr', type: 'number', settable: false }],
]);

/** Text as a person types it into one input and the API keeps it: trimmed, not empty, no list commas. */
const word = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 _.-]{0,18}[A-Za-z0-9]$/);
const uuid = fc.uuid({ version: 7 });
const days = fc.integer({ min: 1, max: 365 });

const trigger = fc.oneof(
  fc.record({
    type: fc.constant('usage_drop' as const),
    percent: fc.integer({ min: 1, max: 100 }),
    window_days: fc.integer({ min: 1, max: 90 }),
  }),
  fc.record({ type: fc.constant('product_event' as const), event: word }),
  fc.record({ type: fc.constant('renewal_in_days' as const), days }),
  fc.record({
    type: fc.constant('schedule' as const),
    cron: fc.constant('0 9 * * 1'),
    timezone: fc.constant('UTC'),
  }),
  fc.record({
    type: fc.constant('health_band_changed' as const),
    to_color: fc.constantFrom('red', 'yellow', 'green'),
  }),
);

const condition = fc.oneof(
  fc.record({
    field: fc.constant('segment'),
    operator: fc.constantFrom('eq', 'neq', 'contains'),
    value: word,
  }),
  fc.record({
    field: fc.constant('segment'),
    operator: fc.constantFrom('in', 'not_in'),
    value: fc.array(word, { minLength: 1, maxLength: 4 }),
  }),
  fc.record({
    field: fc.constant('arr'),
    operator: fc.constantFrom('gt', 'lte'),
    value: fc.integer({ min: 0, max: 10 ** 9 }),
  }),
  fc.record({
    field: fc.constantFrom('segment', 'arr'),
    operator: fc.constantFrom('is_empty', 'is_not_empty'),
  }),
);
const conditions = fc.record({
  match: fc.constantFrom('all' as const, 'any' as const),
  conditions: fc.array(
    fc.oneof(
      condition,
      fc.record({ match: fc.constantFrom('all', 'any'), conditions: fc.array(condition, { maxLength: 3 }) }),
    ),
    { maxLength: 4 },
  ),
});

const action = fc.oneof(
  fc.record(
    {
      type: fc.constant('open_cta' as const),
      cta_type: fc.constantFrom('risk', 'opportunity'),
      priority: fc.constantFrom('low', 'high'),
      title: word,
      due_in_days: days,
      playbook: word,
    },
    { requiredKeys: ['type', 'cta_type', 'priority', 'title', 'due_in_days'] },
  ),
  fc.record({
    type: fc.constant('assign_owner' as const),
    strategy: fc.constantFrom('least_accounts', 'round_robin'),
    overwrite: fc.boolean(),
  }),
  fc.record(
    { type: fc.constant('notify_slack' as const), channel_id: uuid, message: word },
    { requiredKeys: ['type', 'channel_id'] },
  ),
  fc.record({ type: fc.constant('call_webhook' as const), channel_id: uuid }),
  fc.record({ type: fc.constant('send_email' as const), to: fc.constantFrom('owner', 'cs@example.com') }),
  fc.record({ type: fc.constant('set_field' as const), field: fc.constant('lifecycle_stage'), value: word }),
);

const ruleInput = fc.record({
  name: word,
  description: fc.oneof(fc.constant(''), word),
  enabled: fc.boolean(),
  trigger,
  conditions,
  actions: fc.array(action, { minLength: 1, maxLength: 4 }),
});

const asRule = (input: object) =>
  ({ ...input, id: 'id', last_fired_at: null, created_at: '', updated_at: '' }) as unknown as Rule;

describe('rule draft', () => {
  it('a saved rule opened in the editor and saved unchanged sends the same input back', () => {
    fc.assert(
      fc.property(ruleInput, (input) => {
        expect(createRuleInput.safeParse(input).success).toBe(true);
        expect(toPayload(draftOf(asRule(input)), FIELDS)).toEqual(input);
      }),
    );
  });

  it('leaves empty inputs out, so the server names each missing one', () => {
    const draft = draftOf(undefined);
    expect(toPayload(draft, FIELDS)).toEqual({
      name: undefined,
      description: '',
      enabled: false,
      trigger: { type: 'usage_drop', percent: 40, window_days: 7 },
      conditions: { match: 'all', conditions: [] },
      actions: [{ type: 'open_cta', cta_type: 'risk', priority: 'medium', due_in_days: 7 }],
    });
  });

  it('reads a number typed for a number field as a number, and a list as trimmed values', () => {
    const draft = draftOf(undefined);
    draft.conditions = [
      { key: 1, field: 'arr', operator: 'gte', value: ' 1500 ' },
      { key: 2, field: 'segment', operator: 'eq', value: '42' },
      { key: 3, field: 'segment', operator: 'in', value: ' SMB, ,Mid-market ' },
    ];
    expect(toPayload(draft, FIELDS).conditions.conditions).toEqual([
      { field: 'arr', operator: 'gte', value: 1500 },
      { field: 'segment', operator: 'eq', value: '42' },
      { field: 'segment', operator: 'in', value: ['SMB', 'Mid-market'] },
    ]);
  });

  it('a new group reads the other way from the list it is in', () => {
    expect(newGroup('all').match).toBe('any');
    expect(newGroup('any').match).toBe('all');
    expect(newGroup('all').conditions).toHaveLength(1);
  });

  it('replaces or removes exactly one item', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer(), { minLength: 1 }),
        fc.nat(),
        fc.option(fc.integer()),
        (list, at, next) => {
          const i = at % list.length;
          const out = replaceAt(list, i, next);
          if (next === null) expect(out).toEqual([...list.slice(0, i), ...list.slice(i + 1)]);
          else expect(out).toEqual([...list.slice(0, i), next, ...list.slice(i + 1)]);
        },
      ),
    );
  });

  it('keeps a saved value the options no longer list, once', () => {
    const options = [
      { value: '', label: 'None' },
      { value: 'a', label: 'A' },
    ];
    expect(withCurrent(options, 'a')).toBe(options);
    expect(withCurrent(options, '')).toBe(options);
    expect(withCurrent(options, 'gone')).toEqual([...options, { value: 'gone', label: 'gone' }]);
  });

  it('keys a 422’s issues by dotted path, the first message per path, a missing value as Required', () => {
    const t = ((key: string) => (key === 'rules.editor.required' ? 'Required' : key)) as never;
    const error = new ApiError(422, 'validation', 'Invalid', [
      {
        path: ['actions', 0, 'title'],
        message: 'Invalid input: expected string, received undefined',
        code: 'invalid_type',
      },
      { path: ['actions', 0, 'title'], message: 'second' },
      { path: ['trigger', 'percent'], message: 'Too big' },
    ]);
    expect([...issuesOf(error, t)]).toEqual([
      ['actions.0.title', 'Required'],
      ['trigger.percent', 'Too big'],
    ]);
    expect(issuesOf(new Error('network'), t).size).toBe(0);
  });
});
