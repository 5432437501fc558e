import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../lib/errors.ts';
import { EmptyState, ErrorState, Skeleton } from './feedback.tsx';

/** What QueryState reads from a TanStack query (plain or infinite). */
export interface QueryLike<T> {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  data: T | undefined;
  refetch: () => unknown;
}

/** The empty state: a message, and optionally why and what to do. `inline` is the one-line form inside a card. */
export type EmptyMessage = {
  title: ReactNode;
  body?: ReactNode;
  icon?: ReactNode;
  action?: ReactNode;
  inline?: boolean;
};

type QueryStateProps<T> = {
  query: QueryLike<T>;
  children: (data: T) => ReactNode;
  /** Shown instead of children when `isEmpty` says the data holds nothing (default: an empty array or `{data: []}`). */
  empty?: EmptyMessage;
  isEmpty?: (data: T) => boolean;
  /** `page` puts the skeleton and the empty message in a card of their own; `card` is for a query shown inside a card already. */
  placement?: 'page' | 'card';
  skeletonRows?: number;
};

function holdsNothing(data: unknown): boolean {
  if (Array.isArray(data)) return data.length === 0;
  const list = (data as { data?: unknown } | null)?.data;
  return Array.isArray(list) && list.length === 0;
}

/** Loading skeleton, error with retry, the empty message, or the content once the data is there. */
export function QueryState<T>({
  query,
  children,
  empty,
  isEmpty = holdsNothing,
  placement = 'page',
  skeletonRows = 5,
}: QueryStateProps<T>) {
  const { t } = useTranslation();
  if (query.isPending) {
    const skeleton = <Skeleton rows={skeletonRows} height={18} />;
    return placement === 'page' ? <div className="card">{skeleton}</div> : skeleton;
  }
  if (query.isError || query.data === undefined)
    return (
      <ErrorState
        message={describeError(query.error)}
        onRetry={() => void query.refetch()}
        retryLabel={t('common.retry')}
      />
    );
  if (empty && isEmpty(query.data)) {
    const message = <EmptyMessageView {...empty} />;
    return placement === 'page' && !empty.inline ? <div className="card">{message}</div> : message;
  }
  return <>{children(query.data)}</>;
}

export function EmptyMessageView({ title, body, icon, action, inline }: EmptyMessage) {
  if (inline)
    return (
      <p className="card-empty">
        {title}
        {action && <> {action}</>}
      </p>
    );
  return <EmptyState icon={icon} title={title} body={body} action={action} />;
}
