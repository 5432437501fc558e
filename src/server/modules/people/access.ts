import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../../context.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../auth/actor.ts';
import type { Permission } from '../auth/permissions.ts';

/** Route guard for rows a person may see about themselves even without the manager permission. */
export const requireAnyPermission =
  (...permissions: Permission[]): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    const actor = c.var.actor;
    if (!permissions.some((p) => actor.permissions.has(p))) {
      const who = actor.type === 'api_key' ? 'This API key lacks the scope' : 'Your role does not allow this';
      throw new AppError('forbidden', `${who} (${permissions.join(' or ')})`, { required: permissions });
    }
    return next();
  };

export const isAdminUser = (actor: Actor) => actor.type === 'user' && actor.role === 'admin';
export const userIdOf = (actor: Actor) => (actor.type === 'user' ? actor.id : null);

export function forbidden(message: string): AppError {
  return new AppError('forbidden', message);
}

/**
 * Private career notes: the member themselves, their manager (the member record of the caller is the
 * member's manager), and admin users. Not API keys, and not other managers.
 */
export async function mayReadCareerNotes(db: Db, actor: Actor, memberId: string): Promise<boolean> {
  if (isAdminUser(actor)) return true;
  const userId = userIdOf(actor);
  if (!userId) return false;
  const row = await db
    .selectFrom('team_members as m')
    .leftJoin('team_members as mgr', 'mgr.id', 'm.manager_id')
    .select(['m.user_id as member_user', 'mgr.user_id as manager_user'])
    .where('m.id', '=', memberId)
    .executeTakeFirst();
  return !!row && (row.member_user === userId || row.manager_user === userId);
}
