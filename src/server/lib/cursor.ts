import { AppError } from '../errors.ts';

/** Opaque keyset cursor: the sort value and id of the last row of a page. */
export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, length: number): unknown[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === length) return values;
  } catch {}
  throw new AppError('validation_failed', 'The cursor is not valid; start again from the first page', [
    { path: ['cursor'], message: 'invalid cursor' },
  ]);
}
