import type { Db } from '../../db/client.ts';

/** The segments and tiers in use, for filter pickers. */
export async function listAccountFacets(db: Db) {
  const [segments, tiers] = await Promise.all([
    db
      .selectFrom('accounts')
      .select('segment as v')
      .distinct()
      .where('segment', 'is not', null)
      .orderBy('segment')
      .execute(),
    db
      .selectFrom('accounts')
      .select('tier as v')
      .distinct()
      .where('tier', 'is not', null)
      .orderBy('tier')
      .execute(),
  ]);
  return { segments: segments.map((r) => r.v as string), tiers: tiers.map((r) => r.v as string) };
}
