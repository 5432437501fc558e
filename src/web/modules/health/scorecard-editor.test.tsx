import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ALERTS, DEFAULT_COLOR_BANDS, type Scorecard } from '../../../shared/health.ts';
import { type Routes, sessionAs, stubHttp } from '../../test/http-stub.ts';
import { renderWithProviders } from '../../test/render.tsx';
import { ScorecardEditor } from './scorecard-editor.tsx';

const CARD_ID = '0193a000-0000-7000-8000-0000000000c1';
const at = '2026-12-01T09:00:00.000Z';
// jsdom has no canvas for the preview's chart, so the preview is refused here; the browser tests cover it.
const PREVIEW_REFUSED = {
  status: 503,
  body: { error: { code: 'unavailable', message: 'Preview unavailable' } },
};

function stub(role: 'admin' | 'csm' = 'admin', more: Routes = {}) {
  return stubHttp({
    'GET /api/auth/session': sessionAs(role),
    'GET /api/accounts/facets': { body: { segments: ['SMB', 'Enterprise'], tiers: ['Gold'] } },
    'POST /api/scorecards/preview': PREVIEW_REFUSED,
    'POST /api/scorecards': ({ body }) => ({
      status: 201,
      body: {
        scorecard: { ...(body as object), id: CARD_ID, version: 1, created_at: at, updated_at: at },
        run: null,
      },
    }),
    ...more,
  });
}

async function renderEditor(saved?: Scorecard) {
  const user = userEvent.setup();
  const view = await renderWithProviders(<ScorecardEditor saved={saved} />);
  await screen.findByTestId('weight-total');
  return { user, ...view };
}

const measure = (i: number) => screen.getByTestId(`measure-${i}`);
const total = () => screen.getByTestId('weight-total');

async function typeNumber(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, value: string) {
  await user.clear(input);
  await user.type(input, value);
}

describe('ScorecardEditor', () => {
  it('adds a measure at weight 0 and shows the total and its problem as weights change', async () => {
    stub();
    const { user } = await renderEditor();
    expect(total().textContent).toBe('Weights: 100 / 100');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Add a measure…' }), 'NPS');
    expect((within(measure(1)).getByRole('textbox', { name: 'Label' }) as HTMLInputElement).value).toBe(
      'NPS',
    );
    expect((screen.getByTestId('weight-1') as HTMLInputElement).value).toBe('0');
    expect(total().textContent).toBe('Weights: 100 / 100');

    // An emptied weight stays empty while the person types (it used to turn into "NaN").
    await user.clear(screen.getByTestId('weight-0'));
    expect((screen.getByTestId('weight-0') as HTMLInputElement).value).toBe('');
    await user.type(screen.getByTestId('weight-0'), '60');
    await typeNumber(user, screen.getByTestId('weight-1'), '30');
    expect(total().textContent).toContain('Weights: 90 / 100');
    expect(total().className).toContain('weight-total-bad');
    expect(screen.getByText('weights must add up to 100 (they add up to 90)')).toBeTruthy();

    await user.click(within(total()).getByRole('button', { name: 'Spread evenly' }));
    expect((screen.getByTestId('weight-0') as HTMLInputElement).value).toBe('50');
    expect((screen.getByTestId('weight-1') as HTMLInputElement).value).toBe('50');
    expect(total().className).toContain('weight-total-ok');
    expect(screen.queryByText(/weights must add up to 100/)).toBeNull();
  });

  it('gives a second measure of the same source its own key, and removes it again', async () => {
    stub();
    const { user } = await renderEditor();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Add a measure…' }), 'Active users');
    expect((within(measure(1)).getByRole('textbox', { name: 'Key' }) as HTMLInputElement).value).toBe(
      'active_users_2',
    );
    await user.click(within(measure(1)).getByRole('button', { name: 'Remove Active users' }));
    expect(screen.queryByTestId('measure-1')).toBeNull();
    // The last measure cannot be removed: a scorecard needs one.
    expect(
      (within(measure(0)).getByRole('button', { name: 'Remove Active users' }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });

  it('shows the fields of the source picked, and a scoring that fits it', async () => {
    stub();
    const { user } = await renderEditor();
    const source = within(measure(0)).getByRole('combobox', { name: 'Reads' });
    expect(within(measure(0)).getByRole('textbox', { name: 'Window (days)' })).toBeTruthy();

    await user.selectOptions(source, 'Support tickets');
    expect(within(measure(0)).getByRole('combobox', { name: 'Counts' })).toBeTruthy();
    expect(within(measure(0)).queryByRole('textbox', { name: 'Window (days)' })).toBeNull();
    // Fewer tickets is better: 5 open tickets score 0, none scores 100.
    expect((within(measure(0)).getByRole('textbox', { name: 'Scores 0 at' }) as HTMLInputElement).value).toBe(
      '5',
    );

    await user.selectOptions(source, 'CSM sentiment');
    const values = within(measure(0)).getAllByRole('textbox', { name: 'Value' }) as HTMLInputElement[];
    expect(values.map((v) => v.value)).toEqual(['green', 'yellow', 'red']);
    expect(within(measure(0)).queryByRole('button', { name: 'Linear' })).toBeNull();

    await user.selectOptions(source, 'Custom field');
    expect(within(measure(0)).getByRole('textbox', { name: 'Field key' })).toBeTruthy();
    expect(within(measure(0)).getByRole('combobox', { name: 'Field holds' })).toBeTruthy();
  });

  it('names an empty name only once Save is tried, and shows the server’s problems', async () => {
    const http = stub('admin', {
      'POST /api/scorecards': {
        status: 422,
        body: {
          error: {
            code: 'validation',
            message: 'Invalid input',
            details: [{ path: ['measures', '0', 'key'], message: 'key is taken on the server' }],
          },
        },
      },
    });
    const { user } = await renderEditor();
    const name = screen.getByRole('textbox', { name: /^Name/ });
    expect(name.getAttribute('aria-invalid')).toBe('false');
    await user.click(screen.getByTestId('save-scorecard'));
    await waitFor(() =>
      expect(http.requests.some((r) => r.method === 'POST' && r.path === '/api/scorecards')).toBe(true),
    );
    expect(await within(measure(0)).findByText('key is taken on the server')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe('1 problem to fix');
    // The next edit hides the server's answer and shows what the browser checks: the empty name.
    await user.type(within(measure(0)).getByRole('textbox', { name: 'Label' }), '!');
    expect(within(measure(0)).queryByText('key is taken on the server')).toBeNull();
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(name.closest('.field')?.querySelector('.field-error')?.textContent).toBe('must not be empty');
  });

  it('saves the document the server reads and opens the saved scorecard', async () => {
    const http = stub();
    const { user, router } = await renderEditor();
    await user.type(screen.getByRole('textbox', { name: /^Name/ }), 'SMB health');
    await user.click(screen.getByRole('button', { name: 'SMB' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Add a measure…' }), 'NPS');
    await typeNumber(user, screen.getByTestId('weight-0'), '50');
    await typeNumber(user, screen.getByTestId('weight-1'), '50');
    await user.click(screen.getByTestId('save-scorecard'));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/settings/scorecards/${CARD_ID}`));
    const posted = http.requests.filter((r) => r.method === 'POST' && r.path === '/api/scorecards');
    expect(posted).toHaveLength(1);
    expect(posted[0]?.body).toEqual({
      name: 'SMB health',
      description: '',
      is_default: false,
      priority: 100,
      segments: ['SMB'],
      tiers: [],
      coverage_models: [],
      measures: [
        {
          key: 'active_users',
          label: 'Active users',
          group: null,
          weight: 50,
          source: { type: 'active_users', days: 30 },
          scoring: { kind: 'linear', from: 0, to: 20 },
        },
        {
          key: 'nps',
          label: 'NPS',
          group: null,
          weight: 50,
          source: { type: 'nps', days: 180 },
          scoring: { kind: 'linear', from: 4, to: 9 },
        },
      ],
      color_bands: DEFAULT_COLOR_BANDS,
      alerts: DEFAULT_ALERTS,
    });
    expect(
      await screen.findByText('Scorecard saved. Every account it covers is being recomputed.'),
    ).toBeTruthy();
  });

  it('asks for a preview of the draft, and marks it stale while the draft has problems', async () => {
    const http = stub();
    const { user } = await renderEditor();
    await waitFor(() => expect(http.requests.some((r) => r.path === '/api/scorecards/preview')).toBe(true));
    const asked = http.requests.find((r) => r.path === '/api/scorecards/preview');
    // The preview does not need a name yet.
    expect(asked?.body).toMatchObject({ name: '…', measures: [{ key: 'active_users', weight: 100 }] });
    const preview = screen.getByTestId('scorecard-preview');
    expect(within(preview).queryByText('Fix the problems in the form to update the preview.')).toBeNull();
    await typeNumber(user, screen.getByTestId('weight-0'), '40');
    expect(within(preview).getByText('Fix the problems in the form to update the preview.')).toBeTruthy();
  });

  it('shows a saved scorecard read-only to someone who is not an admin', async () => {
    stub('csm');
    const saved = {
      id: CARD_ID,
      version: 3,
      created_at: at,
      updated_at: at,
      name: 'Default',
      description: '',
      is_default: true,
      priority: 100,
      segments: [],
      tiers: [],
      coverage_models: [],
      measures: [
        {
          key: 'nps',
          label: 'NPS',
          group: null,
          weight: 100,
          source: { type: 'nps', days: 180 },
          scoring: { kind: 'linear', from: 4, to: 9 },
        },
      ],
      color_bands: DEFAULT_COLOR_BANDS,
      alerts: DEFAULT_ALERTS,
    } as Scorecard;
    await renderEditor(saved);
    expect((screen.getByRole('textbox', { name: /^Name/ }) as HTMLInputElement).value).toBe('Default');
    expect(screen.getByRole('textbox', { name: /^Name/ }).matches(':disabled')).toBe(true);
    expect(screen.getByTestId('weight-0').matches(':disabled')).toBe(true);
    expect(screen.queryByTestId('save-scorecard')).toBeNull();
    expect(screen.queryByRole('combobox', { name: 'Add a measure…' })).toBeNull();
    expect(screen.queryByTestId('scorecard-preview')).toBeNull();
  });
});
