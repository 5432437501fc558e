import i18next from 'i18next';
import { ApiError } from './api.ts';

/** What to tell a person about a failed request: the server's message, or ours when there was none. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === 'network') return i18next.t('errors.network');
    if (error.message) return error.message;
  }
  return i18next.t('errors.generic');
}
