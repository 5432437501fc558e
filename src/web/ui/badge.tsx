import type { ReactNode } from 'react';

export type Tone = 'gray' | 'accent' | 'green' | 'amber' | 'red' | 'blue' | 'violet' | 'teal' | 'pink';

export function Badge({ tone = 'gray', children, dot }: { tone?: Tone; children: ReactNode; dot?: boolean }) {
  return (
    <span className={`badge badge-${tone}`}>
      {dot && <span className="badge-dot" aria-hidden="true" />}
      {children}
    </span>
  );
}
