import type { UseMutationResult } from '@tanstack/react-query';
import { showToast } from './toast.tsx';

/**
 * "Retry" at the end of a row of failed work (a delivery, a job). It takes the retry hook rather than a
 * mutation, so each row has its own pending state, as when each list wrote its own button.
 */
export function RowRetryButton({
  id,
  useRetry,
  label,
  doneMessage,
}: {
  id: string;
  useRetry: () => UseMutationResult<unknown, Error, string>;
  label: string;
  doneMessage: string;
}) {
  const retry = useRetry();
  return (
    <button
      type="button"
      className="button button-sm"
      disabled={retry.isPending}
      onClick={() => retry.mutate(id, { onSuccess: () => showToast(doneMessage, 'success') })}
    >
      {label}
    </button>
  );
}
