import i18next from 'i18next';
import type { ErrorResponse } from '../../shared/common.ts';

/** A failed request, carrying the server's `{error: {code, message, details}}`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export type FieldIssue = { path: string[]; message: string };

// The CSRF token lives in memory only: it comes with the session and goes with every non-GET request.
let csrfToken: string | null = null;
let onUnauthorized: () => void = () => {};

export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

/** Called when any request other than the session probe answers 401. */
export function setUnauthorizedHandler(handler: () => void) {
  onUnauthorized = handler;
}

type Query = Record<string, string | number | boolean | null | undefined | readonly string[]>;

export function toQueryString(query: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(key, value.join(','));
    } else {
      params.set(key, String(value));
    }
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

type RequestOptions = { query?: Query; body?: unknown; signal?: AbortSignal; probe?: boolean };

async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  // The server answers errors in the UI's language.
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': i18next.language };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(`/api${path}${toQueryString(options.query ?? {})}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'network', 'network');
  }
  if (res.status === 204) return undefined as T;
  const payload: unknown = await res.json().catch(() => null);
  if (res.ok) return payload as T;
  const body = (payload as Partial<ErrorResponse> | null)?.error;
  const error = new ApiError(
    res.status,
    body?.code ?? 'http_error',
    body?.message ?? res.statusText,
    body?.details,
  );
  if (res.status === 401 && !options.probe) onUnauthorized();
  throw error;
}

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'body'>) => request<T>('GET', path, options),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, { body: body ?? {} }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, { body }),
  delete: (path: string) => request<void>('DELETE', path),
  /** GET that reports 401 to the caller instead of sending the user to the login page. */
  probe: <T>(path: string) => request<T>('GET', path, { probe: true }),
};

/** Field errors of a 422 response, keyed by the first segment of each issue's path. */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError) || !Array.isArray(error.details)) return {};
  const out: Record<string, string> = {};
  for (const issue of error.details as FieldIssue[]) {
    const key = issue.path?.[0] ?? '';
    if (!(key in out)) out[key] = issue.message;
  }
  return out;
}

export type ListPage<T> = { data: T[]; next_cursor: string | null; total: number };
export type DataList<T> = { data: T[] };
