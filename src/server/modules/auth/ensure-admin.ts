import type { Db } from '../../db/client.ts';
import { systemActor } from './actor.ts';
import { createUser } from './create-user.ts';
import { randomPassword } from './passwords.ts';

export interface AdminCredentials {
  email: string;
  /** Set only when a password was generated now: it is shown once and never stored in plain text. */
  generatedPassword?: string;
  created: boolean;
}

/** On a database without users, creates the first admin from the configured or a generated password. */
export async function ensureAdmin(
  db: Db,
  email = 'admin@tend.local',
  password?: string,
): Promise<AdminCredentials> {
  const existing = await db
    .selectFrom('users')
    .select('email')
    .where('role', '=', 'admin')
    .orderBy('created_at')
    .executeTakeFirst();
  if (existing) return { email: existing.email, created: false };
  const generatedPassword = password ? undefined : randomPassword();
  await createUser(db, systemActor('first start'), {
    email: email.toLowerCase(),
    name: 'Admin',
    role: 'admin',
    locale: 'en',
    password: password ?? (generatedPassword as string),
  });
  return { email: email.toLowerCase(), generatedPassword, created: true };
}
