import { sql } from 'kysely';
import type { PreviewResult, ScorecardDoc } from '../../../shared/health.ts';
import type { Db } from '../../db/client.ts';
import { usageKeyFeatures } from './health-inputs.ts';
import { colorSql, scoringCtes } from './health-sql.ts';
import { utcToday } from './recompute-health.ts';
import { draftTargetsSql, getScorecard } from './scorecards.ts';

const CHANGES_SHOWN = 100;

/**
 * Scores every account a draft would cover, without saving: the distribution of scores and colors, and
 * the accounts whose color would change against their current health. One read-only statement.
 */
export async function previewScorecard(db: Db, doc: ScorecardDoc, id: string | null): Promise<PreviewResult> {
  if (id) await getScorecard(db, id);
  const ctx = { today: utcToday(), keyFeatures: await usageKeyFeatures(db) };
  const { rows } = await sql<{ result: PreviewResult }>`
    with ${scoringCtes(doc, ctx, draftTargetsSql(id, doc))},
    final as (select res.account_id, round(res.score::numeric, 1)::float8 as score,
      ${colorSql(doc.color_bands, sql`res.score`)} as color from res),
    cmp as (
      select f.*, a.name, round(h.score::numeric, 1)::float8 as old_score, h.color as old_color
      from final f join accounts a on a.id = f.account_id left join account_health h on h.account_id = f.account_id),
    changed as (select * from cmp where old_color is distinct from color)
    select json_build_object(
      'accounts', (select count(*) from final),
      'histogram', (select json_agg(json_build_object('from', b * 10, 'to', least(b * 10 + 9, 100),
          'count', (select count(*) from final where score is not null and least(floor(round(score) / 10), 9) = b)) order by b)
        from generate_series(0, 9) as b),
      'colors', (select json_build_object('red', count(*) filter (where color = 'red'),
          'yellow', count(*) filter (where color = 'yellow'), 'green', count(*) filter (where color = 'green'),
          'none', count(*) filter (where color is null)) from final),
      'changes', json_build_object('total', (select count(*) from changed),
        'items', coalesce((select json_agg(json_build_object('account_id', account_id, 'name', name,
            'from_score', old_score, 'from_color', old_color, 'to_score', score, 'to_color', color))
          from (select * from changed order by abs(coalesce(score, 0) - coalesce(old_score, 0)) desc, name
            limit ${CHANGES_SHOWN}) c), '[]'::json))
    ) as result`.execute(db);
  return rows[0]?.result as PreviewResult;
}
