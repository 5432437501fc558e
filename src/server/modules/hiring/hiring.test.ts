// Hiring end to end through the real app: requisition with scorecard and kit, candidate, blind evaluations,
// reference check, offer, hire -> team member and filled requisition; and the bad cases that change nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseState } from '../../test/database-state.ts';
import { createTestApp, type SessionClient, type TestApp } from '../../test/harness.ts';

let t: TestApp;
let manager: SessionClient;
let interviewer: SessionClient;
let interviewer2: SessionClient;
let outsider: SessionClient;
let otherManager: SessionClient;
let requisitionId: string;
let candidateId: string;

const evaluationBody = (score: number, recommendation: string) => ({
  stage_key: 'panel',
  scores: { relationship_building: score, renewals_upsell: score },
  recommendation,
  notes: 'Clear examples with numbers.',
});

beforeAll(async () => {
  t = await createTestApp();
  manager = await t.as('cs_manager');
  otherManager = await t.as('cs_manager');
  interviewer = await t.as('csm');
  interviewer2 = await t.as('csm');
  outsider = await t.as('csm');
  const bank = (await (await manager.get('/api/hiring/questions')).json()).data;
  const renewal = bank.find((q: { competency: string }) => q.competency === 'renewals_upsell');
  const res = await manager.post('/api/hiring/requisitions', {
    title: 'Senior CSM',
    track: 'ic',
    level: 3,
    kind: 'new',
    hiring_manager_id: manager.userId,
    interviewer_ids: [interviewer.userId, interviewer2.userId],
    opened_on: '2026-01-05',
    mission: 'Keep and grow our enterprise accounts in EMEA.',
    outcomes: ['GRR above 92% in the first year'],
    competencies: [
      { key: 'relationship_building', name: 'Relationship building' },
      { key: 'renewals_upsell', name: 'Renewals and upsell' },
    ],
    stages: [{ key: 'panel', name: 'Panel interview', question_ids: [renewal.id] }],
  });
  expect(res.status).toBe(201);
  requisitionId = (await res.json()).id;
  const cand = await manager.post(`/api/hiring/requisitions/${requisitionId}/candidates`, {
    name: 'Dana Candidate',
    email: 'dana@example.com',
    source: 'referral',
  });
  expect(cand.status).toBe(201);
  candidateId = (await cand.json()).id;
});
afterAll(() => t?.close());

describe('question bank', () => {
  it('has built-in questions in four languages for every CS competency, with strong and weak answers', async () => {
    const bank = (await (await interviewer.get('/api/hiring/questions')).json()).data;
    const competencies = new Set(bank.map((q: { competency: string }) => q.competency));
    expect([...competencies].sort()).toEqual([
      'conflict_escalation',
      'data_driven',
      'onboarding',
      'relationship_building',
      'renewals_upsell',
    ]);
    for (const q of bank)
      for (const field of ['prompt', 'strong_answer', 'weak_answer'])
        for (const lang of ['en', 'ru', 'ko', 'zh']) expect(q[field][lang].length).toBeGreaterThan(10);
  });
});

describe('the interview kit and evaluations', () => {
  it('shows the kit to an interviewer of the requisition and nobody else below managers', async () => {
    const res = await interviewer.get(`/api/hiring/requisitions/${requisitionId}`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.questions[0].strong_answer.ko.length).toBeGreaterThan(0);
    expect(body.candidates[0].name).toBe('Dana Candidate');
    expect((await outsider.get(`/api/hiring/requisitions/${requisitionId}`)).status).toBe(403);
  });

  it('keeps others’ evaluations hidden from an interviewer until they submit their own', async () => {
    expect(
      (
        await interviewer.post(
          `/api/hiring/candidates/${candidateId}/evaluations`,
          evaluationBody(4, 'strong_yes'),
        )
      ).status,
    ).toBe(201);
    const before = await (await interviewer2.get(`/api/hiring/candidates/${candidateId}/evaluations`)).json();
    expect(before).toEqual({ others_visible: false, data: [] });
    expect(
      (await interviewer2.post(`/api/hiring/candidates/${candidateId}/evaluations`, evaluationBody(3, 'yes')))
        .status,
    ).toBe(201);
    const after = await (await interviewer2.get(`/api/hiring/candidates/${candidateId}/evaluations`)).json();
    expect(after.others_visible).toBe(true);
    expect(after.data).toHaveLength(2);
    const hm = await (await manager.get(`/api/hiring/candidates/${candidateId}/evaluations`)).json();
    expect(hm.data).toHaveLength(2);
  });

  it('refuses evaluations to a CSM and a manager outside the hiring team', async () => {
    expect((await outsider.get(`/api/hiring/candidates/${candidateId}/evaluations`)).status).toBe(403);
    expect((await otherManager.get(`/api/hiring/candidates/${candidateId}/evaluations`)).status).toBe(403);
    expect(
      (await outsider.post(`/api/hiring/candidates/${candidateId}/evaluations`, evaluationBody(1, 'no')))
        .status,
    ).toBe(403);
  });

  it('refuses a score for a competency the scorecard does not have, and a second evaluation, writing nothing', async () => {
    const before = await databaseState(t.db);
    const unknown = await manager.post(`/api/hiring/candidates/${candidateId}/evaluations`, {
      ...evaluationBody(3, 'yes'),
      scores: { juggling: 4 },
    });
    expect(unknown.status).toBe(422);
    const error = (await unknown.json()).error;
    expect(error.message).toContain('juggling');
    expect(error.details[0].path).toEqual(['scores', 'juggling']);
    expect(
      (await interviewer.post(`/api/hiring/candidates/${candidateId}/evaluations`, evaluationBody(4, 'yes')))
        .status,
    ).toBe(409);
    expect(await databaseState(t.db)).toEqual(before);
  });
});

describe('offer and hire', () => {
  it('records references, makes an offer and hires: a team member, a filled requisition', async () => {
    const ref = await manager.post(`/api/hiring/candidates/${candidateId}/references`, {
      referee_name: 'Former manager',
      relationship: 'Manager for 2 years',
      recommendation: 'positive',
      checked_on: '2026-02-01',
    });
    expect(ref.status).toBe(201);
    expect(
      (await manager.post(`/api/hiring/candidates/${candidateId}/offer`, { offer_made_on: '2026-02-03' }))
        .status,
    ).toBe(200);
    const hire = await manager.post(`/api/hiring/candidates/${candidateId}/hire`, {
      accepted_on: '2026-02-05',
      start_date: '2026-03-02',
    });
    expect(hire.status).toBe(201);
    const member = await hire.json();
    expect(member).toMatchObject({
      name: 'Dana Candidate',
      title: 'Senior CSM',
      level: 3,
      hire_source: 'referral',
      requisition_id: requisitionId,
    });
    const req = await (await manager.get(`/api/hiring/requisitions/${requisitionId}`)).json();
    expect(req).toMatchObject({ status: 'filled', filled_on: '2026-02-05' });
    const roster = await (await manager.get('/api/team/members')).json();
    expect(roster.data.map((m: { id: string }) => m.id)).toContain(member.id);
    const metrics = await (await manager.get('/api/team/metrics?from=2026-01-01&to=2026-03-31')).json();
    expect(metrics.average_time_to_fill_days).toBe(31);
    expect(metrics.headcount.at(-1).headcount).toBe(1);
  });

  it('refuses hiring into a filled or closed requisition, and writes nothing', async () => {
    const other = await manager.post('/api/hiring/requisitions', {
      title: 'CSM',
      track: 'ic',
      level: 2,
      hiring_manager_id: manager.userId,
      opened_on: '2026-01-10',
    });
    const otherId = (await other.json()).id;
    const cand = (
      await (await manager.post(`/api/hiring/requisitions/${otherId}/candidates`, { name: 'Late' })).json()
    ).id;
    expect((await manager.patch(`/api/hiring/requisitions/${otherId}`, { status: 'closed' })).status).toBe(
      200,
    );
    const before = await databaseState(t.db);
    const res = await manager.post(`/api/hiring/candidates/${cand}/hire`, {
      accepted_on: '2026-02-05',
      start_date: '2026-03-02',
    });
    expect(res.status).toBe(409);
    expect((await res.json()).error.message).toContain('closed');
    const again = await manager.post(`/api/hiring/candidates/${candidateId}/hire`, {
      accepted_on: '2026-02-05',
      start_date: '2026-03-02',
    });
    expect(again.status).toBe(409);
    expect(await databaseState(t.db)).toEqual(before);
  });
});
