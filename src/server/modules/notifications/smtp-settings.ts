import { z } from 'zod';
import { type SmtpSettings, smtpSettingsInput } from '../../../shared/notifications.ts';
import type { Db } from '../../db/client.ts';

const KEY = 'notifications.smtp';
const stored = smtpSettingsInput.extend({ password: z.string().nullable().optional() });

/** The SMTP settings with the password, for sending only; never returned by the API. */
export async function readSmtpSettings(db: Db): Promise<z.infer<typeof stored> | null> {
  const row = await db.selectFrom('app_settings').select('value').where('key', '=', KEY).executeTakeFirst();
  if (!row) return null;
  const parsed = stored.safeParse(row.value);
  return parsed.success ? parsed.data : null;
}

/** What an admin sees: the password only as "set" or not. */
export function maskSmtp(s: z.infer<typeof stored> | null): SmtpSettings | null {
  if (!s) return null;
  const { password, ...rest } = s;
  return { ...rest, password_set: !!password };
}

export const SMTP_KEY = KEY;
