import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AccountFieldInfo, Rule } from '../../../shared/rules.ts';
import { type Routes, sessionAs, stubHttp } from '../../test/http-stub.ts';
import { renderWithProviders } from '../../test/render.tsx';
import { RuleEditor } from './rule-editor.tsx';

const FIELDS: AccountFieldInfo[] = [
  { name: 'segment', type: 'text', settable: true },
  { name: 'arr', type: 'number', settable: false },
  { name: 'lifecycle_stage', type: 'text', settable: true },
];
const SLACK = '0193a000-0000-7000-8000-0000000000a1';
const at = '2026-12-01T09:00:00.000Z';
const channel = (id: string, kind: string, name: string) => ({
  id,
  kind,
  name,
  url_masked: 'https://…',
  secret_masked: null,
  enabled: true,
  created_at: at,
});

function stub(more: Routes = {}) {
  return stubHttp({
    'GET /api/auth/session': sessionAs('admin'),
    'GET /api/playbooks': { body: { data: [] } },
    'GET /api/users': { body: { data: [] } },
    'GET /api/notifications/channels': {
      body: {
        data: [
          channel(SLACK, 'slack', '#cs-alerts'),
          channel('0193a000-0000-7000-8000-0000000000a2', 'teams', 'CS Teams'),
        ],
      },
    },
    'POST /api/rules/dry-run': { body: { total: 0, days: 30, accounts: [] } },
    'POST /api/rules': ({ body }) => ({ status: 201, body: { ...(body as object), id: RULE_ID } }),
    ...more,
  });
}
const RULE_ID = '0193a000-0000-7000-8000-0000000000f1';

async function renderEditor(saved?: Rule) {
  const user = userEvent.setup();
  await renderWithProviders(<RuleEditor saved={saved} fields={FIELDS} />);
  await screen.findByRole('textbox', { name: /^Name/ });
  return user;
}

/** The body of the one request the editor sent to `method path`. */
function sent(http: ReturnType<typeof stub>, method: string, path: string) {
  const found = http.requests.filter((r) => r.method === method && r.path === path);
  expect(found).toHaveLength(1);
  return found[0]?.body as Record<string, unknown>;
}

const conditionsCard = () => screen.getByText('If').closest('.card') as HTMLElement;
const actionCards = () => screen.getAllByTestId('rule-action');

describe('RuleEditor', () => {
  it('creates a rule from what was typed: numbers as numbers, empty inputs left out', async () => {
    const http = stub();
    const user = await renderEditor();
    await user.type(screen.getByRole('textbox', { name: /^Name/ }), '  Usage drop  ');
    const percent = screen.getByRole('spinbutton', { name: /Drop of at least/ });
    await user.clear(percent);
    await user.type(percent, '55');
    await user.type(
      within(actionCards()[0] as HTMLElement).getByRole('textbox', { name: /^Title/ }),
      'Call them',
    );
    await user.click(screen.getByRole('button', { name: 'Create rule' }));

    await waitFor(() => expect(http.requests.some((r) => r.method === 'POST')).toBe(true));
    expect(sent(http, 'POST', '/api/rules')).toEqual({
      name: 'Usage drop',
      description: '',
      enabled: false,
      trigger: { type: 'usage_drop', percent: 55, window_days: 7 },
      conditions: { match: 'all', conditions: [] },
      actions: [
        { type: 'open_cta', cta_type: 'risk', priority: 'medium', title: 'Call them', due_in_days: 7 },
      ],
    });
    expect(await screen.findByText('Rule saved')).toBeTruthy();
  });

  it('builds "all of A and (any of B or C)" and drops a removed condition', async () => {
    const http = stub();
    const user = await renderEditor();
    await user.type(screen.getByRole('textbox', { name: /^Name/ }), 'Groups');
    const card = conditionsCard();
    await user.click(within(card).getByRole('button', { name: 'Add condition' }));
    await user.type(within(card).getByRole('textbox', { name: 'Value' }), 'SMB');
    await user.click(within(card).getByRole('button', { name: 'Add group' }));
    const group = card.querySelector('.rule-group') as HTMLElement;
    // A group inside "all of" starts as "any of".
    expect(within(group).getByRole('button', { name: 'Any of these' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    await user.click(within(group).getByRole('button', { name: 'Add condition' }));
    const [b, c] = within(group).getAllByRole('combobox', { name: 'Field' });
    await user.selectOptions(b as HTMLElement, 'arr');
    await user.selectOptions(
      within(group).getAllByRole('combobox', { name: 'Operator' })[0] as HTMLElement,
      'gt',
    );
    await user.type(within(group).getAllByRole('textbox', { name: 'Value' })[0] as HTMLElement, '1000');
    await user.selectOptions(c as HTMLElement, 'lifecycle_stage');
    await user.selectOptions(
      within(group).getAllByRole('combobox', { name: 'Operator' })[1] as HTMLElement,
      'in',
    );
    await user.type(
      within(group).getAllByRole('textbox', { name: 'Value' })[1] as HTMLElement,
      'onboarding, adoption',
    );
    // Remove the first (top-level) condition: only the group stays.
    await user.click(within(card).getAllByRole('button', { name: 'Remove condition' })[0] as HTMLElement);
    await user.click(screen.getByRole('button', { name: 'Create rule' }));

    await waitFor(() => expect(http.requests.some((r) => r.method === 'POST')).toBe(true));
    expect(sent(http, 'POST', '/api/rules').conditions).toEqual({
      match: 'all',
      conditions: [
        {
          match: 'any',
          conditions: [
            { field: 'arr', operator: 'gt', value: 1000 },
            { field: 'lifecycle_stage', operator: 'in', value: ['onboarding', 'adoption'] },
          ],
        },
      ],
    });
  });

  it('removes a whole group and switches the outer match to any', async () => {
    const http = stub();
    const user = await renderEditor();
    const card = conditionsCard();
    await user.click(within(card).getByRole('button', { name: 'Add group' }));
    expect(card.querySelector('.rule-group')).not.toBeNull();
    await user.click(within(card).getByRole('button', { name: 'Remove group' }));
    expect(card.querySelector('.rule-group')).toBeNull();
    await user.click(within(card).getByRole('button', { name: 'Any of these' }));
    await user.click(within(screen.getByTestId('dry-run')).getByRole('button', { name: 'Run dry run' }));
    await waitFor(() => expect(http.requests.some((r) => r.path === '/api/rules/dry-run')).toBe(true));
    expect(sent(http, 'POST', '/api/rules/dry-run').conditions).toEqual({ match: 'any', conditions: [] });
    expect(await screen.findByText(/in the last 30 days/)).toBeTruthy();
  });

  it('a Slack action offers only Slack channels and sends the channel and message', async () => {
    const http = stub();
    const user = await renderEditor();
    await user.type(screen.getByRole('textbox', { name: /^Name/ }), 'Tell Slack');
    await user.click(within(actionCards()[0] as HTMLElement).getByRole('button', { name: 'Remove action' }));
    expect(screen.queryAllByTestId('rule-action')).toHaveLength(0);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Add action' }), 'Post to Slack');
    const action = actionCards()[0] as HTMLElement;
    const select = within(action).getByRole('combobox', { name: /^Channel/ });
    await waitFor(() => expect(within(select).queryByText('#cs-alerts')).not.toBeNull());
    expect(within(select).queryByText('CS Teams')).toBeNull();
    await user.selectOptions(select, '#cs-alerts');
    await user.type(within(action).getByRole('textbox', { name: 'Message' }), 'Look at it');
    await user.click(screen.getByRole('button', { name: 'Create rule' }));

    await waitFor(() => expect(http.requests.some((r) => r.method === 'POST')).toBe(true));
    expect(sent(http, 'POST', '/api/rules').actions).toEqual([
      { type: 'notify_slack', channel_id: SLACK, message: 'Look at it' },
    ]);
  });

  it('an email to an address asks for the address; to the owner it does not', async () => {
    stub();
    const user = await renderEditor();
    const action = actionCards()[0] as HTMLElement;
    await user.selectOptions(within(action).getByRole('combobox', { name: '1.' }), 'Send an email');
    expect(within(action).queryByRole('textbox', { name: /Email address/ })).toBeNull();
    await user.selectOptions(within(action).getByRole('combobox', { name: 'To' }), 'This address');
    expect(within(action).getByRole('textbox', { name: /Email address/ })).toBeTruthy();
  });

  it('shows the server’s problems next to their inputs until the next edit', async () => {
    stub({
      'POST /api/rules': {
        status: 422,
        body: {
          error: {
            code: 'validation',
            message: 'Invalid input',
            details: [
              {
                path: ['name'],
                message: 'Invalid input: expected string, received undefined',
                code: 'invalid_type',
              },
              { path: ['actions', '0', 'title'], message: 'Too long', code: 'too_big' },
            ],
          },
        },
      },
    });
    const user = await renderEditor();
    await user.click(screen.getByRole('button', { name: 'Create rule' }));
    const general = await screen.findByText('The rule has problems: see the marked fields.');
    const name = screen.getByRole('textbox', { name: /^Name/ });
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(name.closest('.field')?.querySelector('.field-error')?.textContent).toBe('Required');
    const title = within(actionCards()[0] as HTMLElement).getByRole('textbox', { name: /^Title/ });
    expect(title.closest('.field')?.querySelector('.field-error')?.textContent).toBe('Too long');
    await user.type(name, 'x');
    expect(general.isConnected).toBe(false);
    expect(title.getAttribute('aria-invalid')).toBe('false');
  });

  it('a trigger of another kind starts from its own defaults', async () => {
    const http = stub();
    const user = await renderEditor();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Trigger' }), 'Schedule (cron)');
    expect((screen.getByRole('textbox', { name: /^Cron expression/ }) as HTMLInputElement).value).toBe(
      '0 9 * * 1',
    );
    expect(screen.queryByRole('spinbutton', { name: /Drop of at least/ })).toBeNull();
    await user.type(screen.getByRole('textbox', { name: 'Time zone' }), 'Europe/Berlin');
    await user.click(within(screen.getByTestId('dry-run')).getByRole('button', { name: 'Run dry run' }));
    await waitFor(() => expect(http.requests.some((r) => r.path === '/api/rules/dry-run')).toBe(true));
    expect(sent(http, 'POST', '/api/rules/dry-run').trigger).toEqual({
      type: 'schedule',
      cron: '0 9 * * 1',
      timezone: 'Europe/Berlin',
    });
  });

  it('a saved rule can be saved again only once something changed', async () => {
    const saved: Rule = {
      id: RULE_ID,
      name: 'Renewal',
      description: '',
      enabled: true,
      trigger: { type: 'renewal_in_days', days: 90 },
      conditions: { match: 'all', conditions: [{ field: 'segment', operator: 'eq', value: 'SMB' }] },
      actions: [{ type: 'set_field', field: 'lifecycle_stage', value: 'renewal' }],
      last_fired_at: null,
      created_at: at,
      updated_at: at,
    } as Rule;
    const http = stub({
      'GET /api/rules/0193a000-0000-7000-8000-0000000000f1/runs': { body: { data: [] } },
      'PATCH /api/rules/0193a000-0000-7000-8000-0000000000f1': ({ body }) => ({
        body: { ...saved, ...(body as object) },
      }),
    });
    const user = await renderEditor(saved);
    const save = screen.getByRole('button', { name: 'Save rule' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    const days = screen.getByRole('spinbutton', { name: /^Days/ });
    await user.clear(days);
    await user.type(days, '60');
    expect(save.disabled).toBe(false);
    await user.click(save);
    await waitFor(() => expect(http.requests.some((r) => r.method === 'PATCH')).toBe(true));
    const body = sent(http, 'PATCH', `/api/rules/${RULE_ID}`);
    expect(body.trigger).toEqual({ type: 'renewal_in_days', days: 60 });
    expect(body.actions).toEqual([{ type: 'set_field', field: 'lifecycle_stage', value: 'renewal' }]);
  });
});
