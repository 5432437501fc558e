import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { localeFromHeader, translateMessage } from '../shared/messages/translate.ts';

export const ERROR_STATUS = {
  bad_request: 400,
  invalid_json: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  csrf_failed: 403,
  csrf_origin: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  validation_failed: 422,
  rate_limited: 429,
  internal: 500,
} as const satisfies Record<string, ContentfulStatusCode>;

export type AppErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  readonly status: ContentfulStatusCode;
  /** Set when the details' messages are already in the reader's language (validation issues). */
  detailsLocalized = false;
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.status = ERROR_STATUS[code];
  }
}

export const notFound = (entity: string) => new AppError('not_found', `${entity} not found`);

/**
 * One field's problem as the whole answer: "end_date must not be before start_date", with the problem in
 * details at its path so a form shows it next to the field.
 */
export class FieldError extends AppError {
  constructor(
    readonly path: string[],
    readonly problem: string,
  ) {
    super('validation_failed', `${path.join('.')} ${problem}`, [{ path, message: problem }]);
  }
}

export const fieldError = (path: string | string[], problem: string) =>
  new FieldError(typeof path === 'string' ? [path] : path, problem);

// PostgreSQL error codes that bad input can cause; the rest are our bugs and stay 500.
const PG_ERRORS: Record<string, AppErrorCode> = {
  '23505': 'conflict',
  '23503': 'validation_failed',
  '23514': 'validation_failed',
  '23502': 'validation_failed',
  '22P02': 'validation_failed',
  '22001': 'validation_failed',
  '22003': 'validation_failed',
  '22007': 'validation_failed',
  '22008': 'validation_failed',
  '22021': 'validation_failed',
};

export function fromDatabaseError(err: unknown): AppError | undefined {
  if (!err || typeof err !== 'object' || !('code' in err)) return undefined;
  const pgCode = String((err as { code: unknown }).code);
  const code = PG_ERRORS[pgCode];
  if (!code) return undefined;
  const e = err as { detail?: string; constraint?: string; column?: string };
  if (code === 'conflict')
    return new AppError(code, conflictMessage(e.constraint), { constraint: e.constraint ?? null });
  // Field issues, like schema errors, so a form shows them next to the field: a foreign key names its
  // column only in the detail, "Key (owner_id)=(...) is not present in table ...".
  const column = e.column ?? /^Key \((\w+)\)=/.exec(e.detail ?? '')?.[1];
  const missing = pgCode === '23503';
  const message = missing
    ? 'A referenced record does not exist'
    : `Invalid value${column ? ` for ${column}` : ''}`;
  return new AppError(code, message, [
    {
      path: column ? [column] : [],
      message: missing ? 'does not exist' : 'is not valid',
      code: missing ? 'invalid_reference' : 'invalid_value',
    },
  ]);
}

function conflictMessage(constraint?: string) {
  const known: Record<string, string> = {
    accounts_external_id_key: 'An account with this external_id already exists',
    users_email_key: 'A user with this email already exists',
    contacts_account_email_key: 'This account already has a contact with this email',
    account_team_member_key: 'This user already has this role on the account team',
  };
  return (constraint && known[constraint]) ?? 'The record conflicts with an existing one';
}

export function errorBody(code: string, message: string, details?: unknown) {
  return { error: { code, message, details: details ?? null } };
}

/**
 * The error answer, its messages in the language the request asks for (Accept-Language; the web app sends
 * its UI language). Codes, paths and other details stay as they are: programs read those.
 */
export function toErrorResponse(c: Context, err: unknown, log?: (err: unknown) => void) {
  const locale = localeFromHeader(c.req.header('accept-language'));
  const answer = (e: AppError, status: ContentfulStatusCode) => {
    const retryAfter = (e.details as { retry_after_seconds?: unknown } | undefined)?.retry_after_seconds;
    // HTTP's own way to say when to come back, beside the details a program may read.
    if (e.code === 'rate_limited' && typeof retryAfter === 'number')
      c.header('Retry-After', String(retryAfter));
    return c.json(
      errorBody(
        e.code,
        // A field's name stays as the API spells it; its problem is translated.
        e instanceof FieldError
          ? `${e.path.join('.')} ${translateMessage(e.problem, locale)}`
          : translateMessage(e.message, locale),
        e.detailsLocalized ? e.details : translateDetails(e.details, locale),
      ),
      status,
    );
  };
  if (err instanceof AppError) return answer(err, err.status);
  const db = fromDatabaseError(err);
  if (db) return answer(db, db.status);
  if (err instanceof HTTPException) {
    const { code, message } = httpExceptionError(err);
    return c.json(errorBody(code, translateMessage(message, locale)), err.status as ContentfulStatusCode);
  }
  log?.(err);
  const message = 'Something went wrong on our side; the error was logged';
  return c.json(errorBody('internal', translateMessage(message, locale)), 500);
}

function translateDetails(details: unknown, locale: Parameters<typeof translateMessage>[1]): unknown {
  if (!Array.isArray(details)) return details;
  return details.map((d) =>
    d && typeof d === 'object' && typeof d.message === 'string'
      ? { ...d, message: translateMessage(d.message, locale) }
      : d,
  );
}

/** Hono's validators and middleware throw HTTPException; answer with the Tend code of its status. */
function httpExceptionError(err: HTTPException): { code: string; message: string } {
  if (err.status === 400 && /malformed json/i.test(err.message)) {
    return { code: 'invalid_json', message: 'The request body is not valid JSON' };
  }
  const code = (Object.keys(ERROR_STATUS) as AppErrorCode[]).find((k) => ERROR_STATUS[k] === err.status);
  return { code: code ?? 'error', message: err.message || 'Request failed' };
}
