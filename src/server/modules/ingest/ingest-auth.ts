import type { Context } from 'hono';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { findApiKey, touchApiKey } from '../auth/api-key-store.ts';

/**
 * Segment libraries send the write key as the Basic-auth user name with an empty password;
 * Bearer works too. The key must carry the `ingest` scope.
 */
export async function authenticateWriteKey(
  c: Context,
  db: Db,
  bodyWriteKey?: unknown,
): Promise<{ id: string }> {
  const header = c.req.header('authorization') ?? '';
  let key: string | undefined;
  const basic = /^Basic\s+(\S+)$/i.exec(header);
  const bearer = /^Bearer\s+(\S+)$/i.exec(header);
  if (basic?.[1]) key = Buffer.from(basic[1], 'base64').toString('utf8').split(':')[0];
  else if (bearer?.[1]) key = bearer[1];
  else if (typeof bodyWriteKey === 'string') key = bodyWriteKey;
  if (!key)
    throw new AppError(
      'unauthenticated',
      'Send the write key as the Basic-auth user name (Segment style) or as a Bearer token',
    );
  const found = await findApiKey(db, key);
  if (!found) throw new AppError('unauthenticated', 'The write key is not valid or has been revoked');
  if (!found.scopes.includes('ingest'))
    throw new AppError('forbidden', 'This API key lacks the ingest scope');
  void touchApiKey(db, found.id).catch(() => {});
  return { id: found.id };
}
