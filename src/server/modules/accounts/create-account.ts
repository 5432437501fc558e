import type { Account, CreateAccountInput } from '../../../shared/accounts.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../auth/actor.ts';
import { recordAudit } from '../auth/record-audit.ts';
import { markHealthDirty } from '../health/mark-health-dirty.ts';
import { signalAccountCreated } from '../signals/signal-record-changes.ts';
import { getAccount } from './account-queries.ts';

export async function createAccount(db: Db, actor: Actor, input: CreateAccountInput): Promise<Account> {
  return db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto('accounts')
      .values({ ...input, custom: JSON.stringify(input.custom) })
      .returning('id')
      .executeTakeFirstOrThrow();
    const account = await getAccount(trx, id);
    await markHealthDirty(trx, [id]);
    await recordAudit(trx, actor, {
      action: 'account.created',
      entityType: 'account',
      entityId: id,
      after: account,
    });
    await signalAccountCreated(trx, account);
    return account;
  });
}
