import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sessionAs, stubHttp } from '../../test/http-stub.ts';
import { renderWithProviders } from '../../test/render.tsx';
import { ScorecardEditor } from './scorecard-editor.tsx';

describe('ScorecardEditor', () => {
  it('starts a new scorecard with one measure weighing 100', async () => {
    stubHttp({
      'GET /api/auth/session': sessionAs('admin'),
      'GET /api/accounts/facets': { body: { segments: ['SMB'], tiers: [] } },
    });
    await renderWithProviders(<ScorecardEditor saved={undefined} />);
    expect((await screen.findByTestId('weight-total')).textContent).toContain('100');
  });
});
