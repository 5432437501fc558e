// The demo CS team: two years of history (hires, promotions, a leaver who came back, departures of each
// kind), filled requisitions that feed time to fill, two open ones with candidates and evaluations, pulse
// answers and quarterly goals. Dates are relative to today so the history always ends now; no randomness.
import type { Db } from '../client.ts';
import { addDays } from './random.ts';

type Spell = {
  key: string;
  email?: string;
  name: string;
  title: string;
  track: 'ic' | 'manager';
  level: number;
  start: number;
  ramp?: number;
  end?: number;
  exit?: ['voluntary' | 'involuntary' | 'internal_move', string | null, string | null];
  hire?: ['external' | 'internal', string];
  place?: [string, string];
  req?: string;
  previous?: string;
};

// Offsets in days from today; negative is the past.
const SPELLS: Spell[] = [
  {
    key: 'maria',
    email: 'maria.chen@tend.local',
    name: 'Maria Chen',
    title: 'CS Manager',
    track: 'manager',
    level: 2,
    start: -760,
    ramp: -700,
    hire: ['internal', 'support'],
    place: ['London', 'Europe/London'],
  },
  {
    key: 'daniel',
    email: 'daniel.brooks@tend.local',
    name: 'Daniel Brooks',
    title: 'Senior CSM',
    track: 'ic',
    level: 3,
    start: -700,
    ramp: -610,
    hire: ['external', 'referral'],
    place: ['New York', 'America/New_York'],
  },
  {
    key: 'seoyeon',
    email: 'seoyeon.park@tend.local',
    name: 'Seo-yeon Park',
    title: 'Senior CSM',
    track: 'ic',
    level: 3,
    start: -520,
    ramp: -430,
    hire: ['external', 'agency'],
    place: ['Seoul', 'Asia/Seoul'],
  },
  {
    key: 'anna',
    email: 'anna.sokolova@tend.local',
    name: 'Anna Sokolova',
    title: 'CSM',
    track: 'ic',
    level: 2,
    start: -480,
    ramp: -400,
    hire: ['internal', 'support'],
    place: ['Belgrade', 'Europe/Belgrade'],
  },
  {
    key: 'li',
    email: 'li.wei@tend.local',
    name: 'Li Wei',
    title: 'CSM',
    track: 'ic',
    level: 2,
    start: -300,
    ramp: -215,
    hire: ['external', 'inbound'],
    place: ['Shanghai', 'Asia/Shanghai'],
    req: 'r1',
  },
  {
    key: 'priya_before',
    email: 'priya.raman@tend.local',
    name: 'Priya Raman',
    title: 'Associate CSM',
    track: 'ic',
    level: 1,
    start: -900,
    ramp: -820,
    end: -560,
    exit: ['voluntary', 'career_growth', 'Startup'],
    hire: ['external', 'inbound'],
    place: ['Bangalore', 'Asia/Kolkata'],
  },
  {
    key: 'priya',
    email: 'priya.raman@tend.local',
    name: 'Priya Raman',
    title: 'CSM',
    track: 'ic',
    level: 2,
    start: -200,
    ramp: -120,
    hire: ['external', 'rehire'],
    place: ['Bangalore', 'Asia/Kolkata'],
    req: 'r2',
    previous: 'priya_before',
  },
  {
    key: 'marcus',
    email: 'marcus.hill@tend.local',
    name: 'Marcus Hill',
    title: 'CSM',
    track: 'ic',
    level: 2,
    start: -120,
    ramp: -40,
    hire: ['external', 'referral'],
    place: ['Austin', 'America/Chicago'],
    req: 'r3',
  },
  {
    key: 'jonas',
    email: 'jonas.weber@tend.local',
    name: 'Jonas Weber',
    title: 'Associate CSM',
    track: 'ic',
    level: 1,
    start: -45,
    hire: ['external', 'agency'],
    place: ['Berlin', 'Europe/Berlin'],
    req: 'r4',
  },
  {
    key: 'olivia',
    name: 'Olivia Grant',
    title: 'Senior CSM',
    track: 'ic',
    level: 3,
    start: -900,
    ramp: -830,
    end: -380,
    exit: ['voluntary', 'compensation', 'Competitor'],
    hire: ['external', 'referral'],
    place: ['London', 'Europe/London'],
  },
  {
    key: 'tom',
    name: 'Tom Reyes',
    title: 'CSM',
    track: 'ic',
    level: 2,
    start: -650,
    ramp: -560,
    end: -250,
    exit: ['involuntary', 'performance', null],
    hire: ['external', 'agency'],
    place: ['Madrid', 'Europe/Madrid'],
  },
  {
    key: 'hana',
    name: 'Hana Kim',
    title: 'CSM',
    track: 'ic',
    level: 2,
    start: -600,
    ramp: -520,
    end: -150,
    exit: ['internal_move', null, 'Product'],
    hire: ['external', 'inbound'],
    place: ['Seoul', 'Asia/Seoul'],
  },
  {
    key: 'alex',
    name: 'Alex Novak',
    title: 'CSM',
    track: 'ic',
    level: 2,
    start: -300,
    ramp: -220,
    end: -90,
    exit: ['voluntary', 'burnout_workload', 'Competitor'],
    hire: ['external', 'sourced'],
    place: ['Prague', 'Europe/Prague'],
  },
];

const PROMOTIONS = [
  { key: 'maria', on: -400, from: ['Senior CSM', 'ic', 3], to: ['CS Manager', 'manager', 2] },
  { key: 'daniel', on: -200, from: ['CSM', 'ic', 2], to: ['Senior CSM', 'ic', 3] },
  { key: 'seoyeon', on: -60, from: ['CSM', 'ic', 2], to: ['Senior CSM', 'ic', 3] },
] as const;

const REQUISITIONS = [
  { key: 'r1', title: 'CSM', level: 2, kind: 'backfill', backfill: 'olivia', opened: -420, filled: -330 },
  { key: 'r2', title: 'CSM', level: 2, kind: 'backfill', backfill: 'tom', opened: -260, filled: -215 },
  { key: 'r3', title: 'CSM', level: 2, kind: 'new', backfill: null, opened: -200, filled: -150 },
  {
    key: 'r4',
    title: 'Associate CSM',
    level: 1,
    kind: 'backfill',
    backfill: 'alex',
    opened: -95,
    filled: -60,
  },
  {
    key: 'r5',
    title: 'Senior CSM, EMEA',
    level: 3,
    kind: 'backfill',
    backfill: 'hana',
    opened: -30,
    filled: null,
  },
  { key: 'r6', title: 'Associate CSM', level: 1, kind: 'new', backfill: null, opened: -10, filled: null },
] as const;

const SCORECARD = ['relationship_building', 'renewals_upsell', 'data_driven'];
const SCORECARD_NAMES: Record<string, string> = {
  relationship_building: 'Relationship building',
  renewals_upsell: 'Renewals and upsell',
  data_driven: 'Data-driven account management',
};

export async function seedDemoTeam(db: Db, today: Date): Promise<void> {
  const existing = await db.selectFrom('team_members').select('id').limit(1).executeTakeFirst();
  if (existing) return;
  await db.transaction().execute(async (trx) => {
    const users = new Map(
      (await trx.selectFrom('users').select(['id', 'email']).execute()).map((u) => [u.email, u.id]),
    );
    const day = (offset: number) => addDays(today, offset);
    const members = await insertMembers(trx, users, day);
    const reqs = await insertRequisitions(trx, users, members, day);
    await trx
      .updateTable('team_members')
      .set({ manager_id: members.get('maria') })
      .where(
        'id',
        'in',
        [...members].filter(([k]) => k !== 'maria').map(([, id]) => id),
      )
      .execute();
    for (const s of SPELLS.filter((x) => x.req || x.previous)) {
      await trx
        .updateTable('team_members')
        .set({
          requisition_id: s.req ? (reqs.get(s.req) ?? null) : null,
          previous_member_id: s.previous ? (members.get(s.previous) ?? null) : null,
        })
        .where('id', '=', members.get(s.key) as string)
        .execute();
    }
    await trx
      .insertInto('promotions')
      .values(
        PROMOTIONS.map((p) => ({
          member_id: members.get(p.key) as string,
          effective_on: day(p.on),
          from_title: p.from[0],
          from_track: p.from[1],
          from_level: p.from[2],
          to_title: p.to[0],
          to_track: p.to[1],
          to_level: p.to[2],
        })),
      )
      .execute();
    await insertCareerData(trx, users, members, day);
    // Each filled requisition has the person it hired in its pipeline.
    await trx
      .insertInto('candidates')
      .values(
        SPELLS.filter((x) => x.req).map((x) => ({
          requisition_id: reqs.get(x.req as string) as string,
          name: x.name,
          email: x.email ?? null,
          source: x.hire?.[1] ?? 'inbound',
          stage: 'hired',
          member_id: members.get(x.key) as string,
        })),
      )
      .execute();
    await insertPipeline(trx, users, reqs, day);
  });
}

async function insertMembers(trx: Db, users: Map<string, string>, day: (n: number) => string) {
  const rows = await trx
    .insertInto('team_members')
    .values(
      SPELLS.map((s) => ({
        user_id: s.email ? (users.get(s.email) ?? null) : null,
        name: s.name,
        email: s.email ?? null,
        title: s.title,
        track: s.track,
        level: s.level,
        location: s.place?.[0] ?? null,
        time_zone: s.place?.[1] ?? null,
        start_date: day(s.start),
        ramp_done_on: s.ramp === undefined ? null : day(s.ramp),
        end_date: s.end === undefined ? null : day(s.end),
        exit_kind: s.exit?.[0] ?? null,
        exit_reason: s.exit?.[1] ?? null,
        exit_destination: s.exit?.[2] ?? null,
        hire_kind: s.hire?.[0] ?? 'external',
        hire_source: s.hire?.[1] ?? null,
      })),
    )
    .returning(['id', 'name', 'start_date'])
    .execute();
  const byNameStart = new Map(rows.map((r) => [`${r.name}|${r.start_date}`, r.id]));
  return new Map(SPELLS.map((s) => [s.key, byNameStart.get(`${s.name}|${day(s.start)}`) as string]));
}

async function insertRequisitions(
  trx: Db,
  users: Map<string, string>,
  members: Map<string, string>,
  day: (n: number) => string,
) {
  const questions = await trx
    .selectFrom('interview_questions')
    .select(['id', 'competency'])
    .where('builtin', '=', true)
    .orderBy('key')
    .execute();
  const kit = questions.filter((q) => SCORECARD.includes(q.competency)).map((q) => q.id);
  const manager = users.get('maria.chen@tend.local') as string;
  const interviewers = ['daniel.brooks@tend.local', 'seoyeon.park@tend.local'].flatMap(
    (e) => users.get(e) ?? [],
  );
  const rows = await trx
    .insertInto('requisitions')
    .values(
      REQUISITIONS.map((r) => ({
        title: r.title,
        track: 'ic',
        level: r.level,
        kind: r.kind,
        backfill_for: r.backfill ? (members.get(r.backfill) ?? null) : null,
        hiring_manager_id: manager,
        interviewer_ids: interviewers,
        status: r.filled === null ? 'open' : 'filled',
        opened_on: day(r.opened),
        filled_on: r.filled === null ? null : day(r.filled),
        mission: 'Keep and grow a book of mid-market and enterprise accounts, from onboarding to renewal.',
        outcomes: [
          'GRR of the book above 90% in the first year',
          'Every account with a success plan within 60 days',
        ],
        competencies: JSON.stringify(SCORECARD.map((key) => ({ key, name: SCORECARD_NAMES[key] ?? key }))),
        stages: JSON.stringify([
          { key: 'screen', name: 'Screen', question_ids: kit.slice(0, 2) },
          { key: 'panel', name: 'Panel interview', question_ids: kit.slice(2) },
        ]),
      })),
    )
    .returning(['id', 'opened_on', 'title'])
    .execute();
  const byOpened = new Map(rows.map((r) => [r.opened_on, r.id]));
  return new Map<string, string>(REQUISITIONS.map((r) => [r.key, byOpened.get(day(r.opened)) as string]));
}

const NOTES = [
  {
    key: 'daniel',
    on: -210,
    body: 'Ready for Senior: owns the two largest renewals and mentors Li. Next: lead the EMEA QBR programme.',
  },
  {
    key: 'anna',
    on: -90,
    body: 'Wants to grow towards Team Lead. Agreed: she runs onboarding for the next two hires.',
  },
  {
    key: 'li',
    on: -30,
    body: 'Ramp done early. Interested in data work: pair with ops on the health model review.',
  },
];

async function insertCareerData(
  trx: Db,
  users: Map<string, string>,
  members: Map<string, string>,
  day: (n: number) => string,
) {
  const author = users.get('maria.chen@tend.local') ?? null;
  await trx
    .insertInto('career_notes')
    .values(
      NOTES.map((n) => ({
        member_id: members.get(n.key) as string,
        author_id: author,
        conversation_on: day(n.on),
        body: n.body,
      })),
    )
    .execute();
  // Four quarters of pulse answers from whoever was on the team then; scores follow a fixed pattern.
  const current = ['maria', 'daniel', 'seoyeon', 'anna', 'li', 'priya', 'marcus'];
  const pulse = [-300, -210, -120, -30].flatMap((offset, q) => {
    const d = day(offset);
    const period = `${d.slice(0, 4)}-Q${Math.floor((Number(d.slice(5, 7)) - 1) / 3) + 1}`;
    return current
      .filter((key) => (SPELLS.find((s) => s.key === key)?.start ?? 0) <= offset)
      .map((key, i) => ({
        member_id: members.get(key) as string,
        period,
        growth: 3 + ((i + q) % 3),
        clarity: 2 + ((i * 2 + q) % 4),
        support: 3 + ((i + 2 * q) % 3),
      }));
  });
  await trx
    .insertInto('pulse_responses')
    .values(pulse)
    .onConflict((oc) => oc.doNothing())
    .execute();
  const today = day(0);
  const quarter = `${today.slice(0, 4)}-Q${Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1}`;
  await trx
    .insertInto('kpi_goals')
    .values(
      ['daniel', 'seoyeon', 'anna', 'li', 'priya', 'marcus', 'jonas'].flatMap((key) => [
        { member_id: members.get(key) as string, quarter, metric: 'grr', target: 90 },
        { member_id: members.get(key) as string, quarter, metric: 'nrr', target: 105 },
      ]),
    )
    .execute();
}

const CANDIDATES = [
  {
    req: 'r5',
    name: 'Elena Petrova',
    email: 'elena.petrova@example.com',
    source: 'referral',
    stage: 'interview',
    evaluated: true,
  },
  {
    req: 'r5',
    name: 'James Okoro',
    email: 'james.okoro@example.com',
    source: 'agency',
    stage: 'references',
    evaluated: true,
  },
  {
    req: 'r5',
    name: 'Yuki Tanaka',
    email: 'yuki.tanaka@example.com',
    source: 'inbound',
    stage: 'screen',
    evaluated: false,
  },
  {
    req: 'r5',
    name: 'Sam Porter',
    email: 'sam.porter@example.com',
    source: 'sourced',
    stage: 'rejected',
    evaluated: true,
  },
  {
    req: 'r6',
    name: 'Minh Nguyen',
    email: 'minh.nguyen@example.com',
    source: 'support',
    stage: 'applied',
    evaluated: false,
  },
  {
    req: 'r6',
    name: 'Chloe Martin',
    email: 'chloe.martin@example.com',
    source: 'inbound',
    stage: 'applied',
    evaluated: false,
  },
];

async function insertPipeline(
  trx: Db,
  users: Map<string, string>,
  reqs: Map<string, string>,
  day: (n: number) => string,
) {
  const rows = await trx
    .insertInto('candidates')
    .values(
      CANDIDATES.map((c) => ({
        requisition_id: reqs.get(c.req) as string,
        name: c.name,
        email: c.email,
        source: c.source,
        internal: c.source === 'support',
        stage: c.stage,
      })),
    )
    .returning(['id', 'name'])
    .execute();
  const ids = new Map(rows.map((r) => [r.name, r.id]));
  const interviewers = ['daniel.brooks@tend.local', 'seoyeon.park@tend.local'].flatMap(
    (e) => users.get(e) ?? [],
  );
  const evaluations = CANDIDATES.filter((c) => c.evaluated).flatMap((c, ci) =>
    interviewers.map((interviewer, ii) => {
      const base = c.stage === 'rejected' ? 1 : 3 + ((ci + ii) % 2);
      return {
        candidate_id: ids.get(c.name) as string,
        interviewer_id: interviewer,
        stage_key: 'panel',
        scores: JSON.stringify(
          Object.fromEntries(SCORECARD.map((k, ki) => [k, Math.min(4, base + ((ki + ii) % 2))])),
        ),
        recommendation: c.stage === 'rejected' ? 'no' : base >= 4 ? 'strong_yes' : 'yes',
        notes:
          c.stage === 'rejected'
            ? 'Could not give a concrete renewal example.'
            : 'Specific examples with numbers; good questions about our customers.',
      };
    }),
  );
  await trx.insertInto('evaluations').values(evaluations).execute();
  await trx
    .insertInto('reference_checks')
    .values({
      candidate_id: ids.get('James Okoro') as string,
      referee_name: 'Former team lead',
      relationship: 'Managed James for three years',
      summary: 'Calm in escalations; customers asked for him by name.',
      recommendation: 'positive',
      checked_by: users.get('maria.chen@tend.local') ?? null,
      checked_on: day(-3),
    })
    .execute();
}
