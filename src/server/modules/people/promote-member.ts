import type { z } from 'zod';
import type { Promotion, promoteInput, Track } from '../../../shared/people.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../auth/actor.ts';
import { recordAudit } from '../auth/record-audit.ts';
import { getMember } from './members.ts';

/** A promotion (or a move between tracks) changes the member's title and level and is kept as history. */
export async function promoteMember(
  db: Db,
  actor: Actor,
  id: string,
  input: z.infer<typeof promoteInput>,
): Promise<Promotion> {
  return db.transaction().execute(async (trx) => {
    const before = await getMember(trx, id);
    if (before.end_date) throw new AppError('conflict', 'A former member cannot be promoted');
    if (input.effective_on < before.start_date)
      throw new AppError('validation_failed', 'effective_on must not be before the start date', [
        { path: ['effective_on'], message: `must not be before ${before.start_date}` },
      ]);
    const toTrack = input.to_track ?? before.track;
    const row = await trx
      .insertInto('promotions')
      .values({
        member_id: id,
        effective_on: input.effective_on,
        from_title: before.title,
        to_title: input.to_title,
        from_track: before.track,
        to_track: toTrack,
        from_level: before.level,
        to_level: input.to_level,
        note: input.note,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await trx
      .updateTable('team_members')
      .set({ title: input.to_title, track: toTrack, level: input.to_level })
      .where('id', '=', id)
      .execute();
    const { created_at: _, ...promotion } = row;
    await recordAudit(trx, actor, {
      action: 'team_member.promoted',
      entityType: 'team_member',
      entityId: id,
      after: promotion,
    });
    return { ...promotion, from_track: promotion.from_track as Track, to_track: toTrack };
  });
}
