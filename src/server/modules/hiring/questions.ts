import type { Question } from '../../../shared/hiring.ts';
import type { Db } from '../../db/client.ts';

const COLUMNS = ['id', 'key', 'competency', 'builtin', 'prompt', 'strong_answer', 'weak_answer'] as const;

/** The question bank (built in, in en/ru/ko/zh), or just the questions of an interview plan. */
export async function listQuestions(db: Db, ids?: string[]): Promise<Question[]> {
  if (ids && ids.length === 0) return [];
  let query = db.selectFrom('interview_questions').select(COLUMNS).orderBy('competency').orderBy('key');
  if (ids) query = query.where('id', 'in', ids);
  return (await query.execute()) as Question[];
}
