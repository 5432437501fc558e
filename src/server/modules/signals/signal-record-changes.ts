import type { Db } from '../../db/client.ts';
import { emitSignal, emitSignals, someRuleListens } from './emit-signals.ts';

type Fields = Record<string, unknown> & { id: string; custom?: Record<string, unknown> };

/** One field_changed signal per changed field, when some enabled rule watches field changes at all. */
export async function signalAccountChanges(trx: Db, before: Fields, after: Fields): Promise<void> {
  await signalAccountsChanges(trx, [{ before, after }]);
}

/** The same for many accounts: one look-up of the rules and one insert. */
export async function signalAccountsChanges(
  trx: Db,
  pairs: { before: Fields; after: Fields }[],
): Promise<void> {
  if (!pairs.length || !(await someRuleListens(trx, 'field_changed'))) return;
  await emitSignals(
    trx,
    pairs.flatMap(({ before, after }) =>
      changedFields(before, after).map((c) => ({
        type: 'account.field_changed',
        accountId: after.id,
        facts: c,
      })),
    ),
  );
}

function changedFields(before: Fields, after: Fields) {
  const changed: { field: string; from: unknown; to: unknown }[] = [];
  for (const [key, value] of Object.entries(after)) {
    if (key === 'custom' || key === 'updated_at') continue;
    if (JSON.stringify(before[key]) !== JSON.stringify(value))
      changed.push({ field: key, from: before[key], to: value });
  }
  const keys = new Set([...Object.keys(before.custom ?? {}), ...Object.keys(after.custom ?? {})]);
  for (const key of keys) {
    const from = before.custom?.[key] ?? null;
    const to = after.custom?.[key] ?? null;
    if (JSON.stringify(from) !== JSON.stringify(to)) changed.push({ field: `custom.${key}`, from, to });
  }
  return changed;
}

export async function signalAccountCreated(trx: Db, account: { id: string; name: string }): Promise<void> {
  if (await someRuleListens(trx, 'account_created'))
    await emitSignal(trx, { type: 'account.created', accountId: account.id, facts: { name: account.name } });
}

export async function signalContactCreated(
  trx: Db,
  contact: { id: string; account_id: string; name: string; email: string | null },
): Promise<void> {
  if (await someRuleListens(trx, 'contact_created'))
    await emitSignal(trx, {
      type: 'contact.created',
      accountId: contact.account_id,
      facts: { contact_id: contact.id, name: contact.name, email: contact.email },
    });
}
