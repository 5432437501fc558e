import { sql } from 'kysely';
import type { Cta } from '../../../shared/ctas.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../auth/actor.ts';
import { selectCtas } from './cta-queries.ts';

export interface CtaFilter {
  owner?: string;
  account_id?: string;
  status: 'open' | 'closed' | 'all';
  limit: number;
}

export async function listCtas(db: Db, actor: Actor, f: CtaFilter): Promise<Cta[]> {
  const owner = f.owner === 'me' ? actor.id : f.owner;
  const parts = [sql`true`];
  if (owner) parts.push(sql`c.owner_id = ${owner}::uuid`);
  if (f.account_id) parts.push(sql`c.account_id = ${f.account_id}::uuid`);
  if (f.status === 'open') parts.push(sql`c.status <> 'closed'`);
  if (f.status === 'closed') parts.push(sql`c.status = 'closed'`);
  return selectCtas(db, sql.join(parts, sql` and `), f.limit);
}
