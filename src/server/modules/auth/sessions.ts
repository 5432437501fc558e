import type { Db } from '../../db/client.ts';
import { randomToken, sha256 } from './tokens.ts';

/** The cookie carries a random token; only its hash is stored, so a leaked table can't be replayed. */
export async function createSession(db: Db, userId: string, days: number, userAgent: string | null) {
  const token = randomToken();
  const csrfToken = randomToken(24);
  await db
    .insertInto('sessions')
    .values({
      id: sha256(token),
      user_id: userId,
      csrf_token: csrfToken,
      user_agent: userAgent?.slice(0, 300) ?? null,
      expires_at: new Date(Date.now() + days * 86_400_000),
    })
    .execute();
  return { token, csrfToken };
}

export async function findSession(db: Db, token: string) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id as session_id',
      'sessions.csrf_token',
      'sessions.last_seen_at',
      'users.id',
      'users.name',
      'users.email',
      'users.role',
      'users.active',
    ])
    .where('sessions.id', '=', sha256(token))
    .where('sessions.expires_at', '>', new Date())
    .executeTakeFirst();
}

export async function deleteSession(db: Db, token: string) {
  await db.deleteFrom('sessions').where('id', '=', sha256(token)).execute();
}

export async function deleteUserSessions(db: Db, userId: string, exceptSessionId?: string) {
  let q = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (exceptSessionId) q = q.where('id', '<>', exceptSessionId);
  await q.execute();
}
