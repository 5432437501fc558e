import type { Db } from '../../db/client.ts';
import { fieldError } from '../../errors.ts';

interface Plan {
  hiring_manager_id?: string;
  interviewer_ids?: string[];
  kind?: string;
  backfill_for?: string | null;
  competencies?: { key: string }[];
  stages?: { key: string; question_ids: string[] }[];
}

/** Scorecard and interview plan rules: unique keys, real people, real questions. */
export async function validateRequisition(trx: Db, plan: Plan): Promise<void> {
  const dup = (keys: string[]) => keys.find((k, i) => keys.indexOf(k) !== i);
  const comp = dup((plan.competencies ?? []).map((c) => c.key));
  if (comp) throw fieldError(['competencies'], `has the key ${comp} twice`);
  const stage = dup((plan.stages ?? []).map((s) => s.key));
  if (stage) throw fieldError(['stages'], `has the key ${stage} twice`);
  const people = [
    ...(plan.hiring_manager_id ? [plan.hiring_manager_id] : []),
    ...(plan.interviewer_ids ?? []),
  ];
  if (people.length) {
    const found = await trx
      .selectFrom('users')
      .select('id')
      .where('id', 'in', people)
      .where('active', '=', true)
      .execute();
    const known = new Set(found.map((u) => u.id));
    if (plan.hiring_manager_id && !known.has(plan.hiring_manager_id))
      throw fieldError(['hiring_manager_id'], 'must be an active user');
    const stranger = (plan.interviewer_ids ?? []).find((id) => !known.has(id));
    if (stranger) throw fieldError(['interviewer_ids'], `has ${stranger}, not an active user`);
  }
  const questions = [...new Set((plan.stages ?? []).flatMap((s) => s.question_ids))];
  if (questions.length) {
    const found = await trx
      .selectFrom('interview_questions')
      .select('id')
      .where('id', 'in', questions)
      .execute();
    if (found.length !== questions.length)
      throw fieldError(['stages'], 'names a question that does not exist');
  }
  if (plan.kind === 'backfill' && plan.backfill_for) {
    const member = await trx
      .selectFrom('team_members')
      .select('id')
      .where('id', '=', plan.backfill_for)
      .executeTakeFirst();
    if (!member) throw fieldError(['backfill_for'], 'must be a team member');
  }
}
