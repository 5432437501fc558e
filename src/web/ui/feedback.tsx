import type { ReactNode } from 'react';
import { InboxIcon } from './icons.tsx';

export function Spinner({ label, size = 16 }: { label?: string; size?: number }) {
  return (
    <span className="spinner-wrap" role="status">
      <span className="spinner" style={{ width: size, height: size }} aria-hidden="true" />
      {label && <span className="spinner-label">{label}</span>}
    </span>
  );
}

/** Grey bars standing in for content while it loads. */
export function Skeleton({ rows = 3, height = 14 }: { rows?: number; height?: number }) {
  return (
    <div className="skeleton-stack" aria-busy="true">
      {Array.from({ length: rows }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
        <div key={i} className="skeleton" style={{ height, width: `${90 - ((i * 17) % 40)}%` }} />
      ))}
    </div>
  );
}

type EmptyStateProps = { icon?: ReactNode; title: ReactNode; body?: ReactNode; action?: ReactNode };

/** Says what is missing and what to do about it. */
export function EmptyState({ icon, title, body, action }: EmptyStateProps) {
  return (
    <div className="empty-state">
      <div className="empty-state-icon">{icon ?? <InboxIcon size={22} />}</div>
      <h3>{title}</h3>
      {body && <p>{body}</p>}
      {action && <div className="empty-state-action">{action}</div>}
    </div>
  );
}

export function ErrorState({
  message,
  onRetry,
  retryLabel,
}: {
  message: string;
  onRetry?: () => void;
  retryLabel?: string;
}) {
  return (
    <div className="error-state" role="alert">
      <p>{message}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {retryLabel}
        </button>
      )}
    </div>
  );
}
