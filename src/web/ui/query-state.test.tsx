import { useQuery } from '@tanstack/react-query';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../lib/api.ts';
import { renderWithQueryClient } from '../test/render.tsx';
import { QueryState } from './query-state.tsx';

/** A query whose answers the test hands out one at a time. */
function answers<T>() {
  const waiting: { resolve: (v: T) => void; reject: (e: unknown) => void }[] = [];
  const queryFn = () => new Promise<T>((resolve, reject) => waiting.push({ resolve, reject }));
  const next = () => {
    const answer = waiting.shift();
    if (!answer) throw new Error('no request is waiting');
    return answer;
  };
  return { queryFn, next };
}

function Names({ queryFn, withEmpty }: { queryFn: () => Promise<string[]>; withEmpty?: boolean }) {
  const query = useQuery({ queryKey: ['names'], queryFn });
  return (
    <QueryState
      query={query}
      {...(withEmpty && {
        empty: { title: 'No names yet', action: <button type="button">Add a name</button> },
      })}
    >
      {(names) => <p>{names.join(', ')}</p>}
    </QueryState>
  );
}

describe('QueryState', () => {
  it('shows a busy skeleton, then the data', async () => {
    const { queryFn, next } = answers<string[]>();
    const { container } = renderWithQueryClient(<Names queryFn={queryFn} />);
    expect(container.querySelector('[aria-busy="true"]')).not.toBeNull();
    next().resolve(['Ada', 'Grace']);
    expect(await screen.findByText('Ada, Grace')).toBeTruthy();
    expect(container.querySelector('[aria-busy="true"]')).toBeNull();
  });

  it("shows the server's message and loads again on retry", async () => {
    const { queryFn, next } = answers<string[]>();
    const { user } = renderWithQueryClient(<Names queryFn={queryFn} />);
    next().reject(new ApiError(503, 'unavailable', 'The database is starting'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The database is starting');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    next().resolve(['Ada']);
    expect(await screen.findByText('Ada')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says the network is down in words when the request never reached the server', async () => {
    const { queryFn, next } = answers<string[]>();
    renderWithQueryClient(<Names queryFn={queryFn} />);
    next().reject(new ApiError(0, 'network', 'network'));
    expect((await screen.findByRole('alert')).textContent).toContain('Cannot reach the server');
  });

  it('shows the empty message and its action when the list holds nothing', async () => {
    const { queryFn, next } = answers<string[]>();
    renderWithQueryClient(<Names queryFn={queryFn} withEmpty />);
    next().resolve([]);
    expect(await screen.findByRole('heading', { name: 'No names yet' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add a name' })).toBeTruthy();
  });

  it('renders an empty list through children when no empty message is given', async () => {
    const { queryFn, next } = answers<string[]>();
    const { container } = renderWithQueryClient(<Names queryFn={queryFn} />);
    next().resolve([]);
    await screen.findByRole('paragraph');
    expect(container.querySelector('.empty-state')).toBeNull();
  });
});
