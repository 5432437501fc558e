import type { CareerNote } from '../../../shared/people.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../auth/actor.ts';
import { recordAudit } from '../auth/record-audit.ts';
import { forbidden, mayReadCareerNotes, userIdOf } from './access.ts';
import { getMember } from './members.ts';

const NOTES_FORBIDDEN = 'Career notes are private to the member, their manager and admins';

function notesQuery(db: Db) {
  return db
    .selectFrom('career_notes as n')
    .leftJoin('users as u', 'u.id', 'n.author_id')
    .select([
      'n.id',
      'n.member_id',
      'n.author_id',
      'u.name as author_name',
      'n.conversation_on',
      'n.body',
      'n.created_at',
    ]);
}

const toNote = (
  r: Awaited<ReturnType<ReturnType<typeof notesQuery>['executeTakeFirstOrThrow']>>,
): CareerNote => ({
  ...r,
  created_at: r.created_at.toISOString(),
});

/** Every read is audited (action 'read'), in the same transaction as the read. */
export async function listCareerNotes(db: Db, actor: Actor, memberId: string): Promise<CareerNote[]> {
  return db.transaction().execute(async (trx) => {
    await getMember(trx, memberId);
    if (!(await mayReadCareerNotes(trx, actor, memberId))) throw forbidden(NOTES_FORBIDDEN);
    const rows = await notesQuery(trx)
      .where('n.member_id', '=', memberId)
      .orderBy('n.conversation_on', 'desc')
      .execute();
    await recordAudit(trx, actor, {
      action: 'read',
      entityType: 'career_notes',
      entityId: memberId,
      after: { notes: rows.length },
    });
    return rows.map(toNote);
  });
}

export async function addCareerNote(
  db: Db,
  actor: Actor,
  memberId: string,
  input: { conversation_on: string; body: string },
): Promise<CareerNote> {
  return db.transaction().execute(async (trx) => {
    await getMember(trx, memberId);
    if (!(await mayReadCareerNotes(trx, actor, memberId))) throw forbidden(NOTES_FORBIDDEN);
    const { id } = await trx
      .insertInto('career_notes')
      .values({ member_id: memberId, author_id: userIdOf(actor), ...input })
      .returning('id')
      .executeTakeFirstOrThrow();
    const note = toNote(await notesQuery(trx).where('n.id', '=', id).executeTakeFirstOrThrow());
    // The audit keeps that a note was written, not its private text.
    await recordAudit(trx, actor, {
      action: 'career_note.created',
      entityType: 'career_notes',
      entityId: memberId,
      after: { id, conversation_on: note.conversation_on },
    });
    return note;
  });
}
