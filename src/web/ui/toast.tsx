import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { AlertIcon, CheckIcon, CloseIcon } from './icons.tsx';

export type Toast = { id: number; tone: 'error' | 'success'; message: string };

// A tiny store outside React so the QueryClient's error hooks can raise toasts too.
let toasts: Toast[] = [];
let nextId = 1;
const listeners = new Set<() => void>();

function emit() {
  for (const listener of listeners) listener();
}

export function dismissToast(id: number) {
  toasts = toasts.filter((t) => t.id !== id);
  emit();
}

export function showToast(message: string, tone: Toast['tone'] = 'error') {
  // The same message twice in a row (e.g. several queries failing at once) shows once.
  if (toasts.some((t) => t.message === message && t.tone === tone)) return;
  const id = nextId++;
  toasts = [...toasts.slice(-3), { id, tone, message }];
  emit();
  setTimeout(() => dismissToast(id), tone === 'error' ? 7000 : 3500);
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function Toaster() {
  const { t } = useTranslation();
  const current = useSyncExternalStore(subscribe, () => toasts);
  return (
    <section className="toaster" aria-live="polite" aria-label={t('common.notifications')}>
      {current.map((toast) => (
        <div
          key={toast.id}
          className={`toast toast-${toast.tone}`}
          role={toast.tone === 'error' ? 'alert' : 'status'}
        >
          <span className="toast-icon">{toast.tone === 'error' ? <AlertIcon /> : <CheckIcon />}</span>
          <span className="toast-message">{toast.message}</span>
          <button
            type="button"
            className="icon-button"
            aria-label={t('common.close')}
            onClick={() => dismissToast(toast.id)}
          >
            <CloseIcon size={14} />
          </button>
        </div>
      ))}
    </section>
  );
}
