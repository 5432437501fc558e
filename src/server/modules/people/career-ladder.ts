import type { z } from 'zod';
import type { CareerLevel, Track, upsertCareerLevelInput } from '../../../shared/people.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../auth/actor.ts';
import { recordAudit } from '../auth/record-audit.ts';

const COLUMNS = ['id', 'track', 'level', 'title', 'expectations', 'competencies'] as const;

export async function listCareerLevels(db: Db): Promise<CareerLevel[]> {
  const rows = await db
    .selectFrom('career_levels')
    .select(COLUMNS)
    .orderBy('track')
    .orderBy('level')
    .execute();
  return rows.map((r) => ({ ...r, track: r.track as Track }));
}

/** Adds a level or rewrites the one at (track, level): the ladder is edited one rung at a time. */
export async function upsertCareerLevel(
  db: Db,
  actor: Actor,
  input: z.infer<typeof upsertCareerLevelInput>,
): Promise<CareerLevel> {
  return db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('career_levels')
      .select(COLUMNS)
      .where('track', '=', input.track)
      .where('level', '=', input.level)
      .executeTakeFirst();
    const row = await trx
      .insertInto('career_levels')
      .values(input)
      .onConflict((oc) =>
        oc.columns(['track', 'level']).doUpdateSet({
          title: input.title,
          expectations: input.expectations,
          competencies: input.competencies,
        }),
      )
      .returning(COLUMNS)
      .executeTakeFirstOrThrow();
    const after = { ...row, track: row.track as Track };
    await recordAudit(trx, actor, {
      action: before ? 'career_level.updated' : 'career_level.created',
      entityType: 'career_level',
      entityId: row.id,
      before,
      after,
    });
    return after;
  });
}
