import { createRoute, z } from '@hono/zod-openapi';
import {
  applyRebalanceInput,
  capacityReport,
  kpiGoal,
  kpiQuery,
  kpiReport,
  metricsQuery,
  pulseInput,
  setKpiGoalInput,
  teamMetrics,
  teamSettings,
} from '../../../shared/people.ts';
import { conflictError, createRouter, errors, json, jsonBody, notFoundError } from '../../lib/openapi.ts';
import { requirePermission } from '../auth/authenticate.ts';
import { applyRebalance } from './apply-rebalance.ts';
import { getCapacity } from './get-capacity.ts';
import { getKpis } from './get-kpis.ts';
import { getTeamMetrics } from './get-team-metrics.ts';
import { setKpiGoal } from './set-kpi-goal.ts';
import { submitPulse } from './submit-pulse.ts';
import { getTeamSettings } from './team-settings.ts';
import { updateTeamSettings } from './update-team-settings.ts';

const tags = ['Team'];
const read = [requirePermission('people:read')];
const manage = [requirePermission('people:manage')];
const route = <T extends Parameters<typeof createRoute>[0]>(r: T) => createRoute({ tags, ...r });

const metricsRoute = route({
  method: 'get',
  path: '/team/metrics',
  summary:
    'Headcount, attrition, tenure, ramp, time to fill, hires, flows, exit reasons, pulse; with formulas',
  middleware: read,
  request: { query: metricsQuery },
  responses: { 200: json(teamMetrics, 'Metrics'), ...errors },
});
const capacityRoute = route({
  method: 'get',
  path: '/team/capacity',
  summary: 'Accounts and ARR per CSM against targets per coverage model, with rebalancing suggestions',
  middleware: read,
  responses: { 200: json(capacityReport, 'Capacity'), ...errors },
});
const applyRoute = route({
  method: 'post',
  path: '/team/capacity/apply',
  summary: 'Apply rebalancing suggestions (all or nothing; each account change is audited)',
  middleware: manage,
  request: { body: jsonBody(applyRebalanceInput) },
  responses: {
    200: json(z.object({ applied: z.number().int() }), 'Applied'),
    ...errors,
    ...notFoundError,
    ...conflictError,
  },
});
const kpisRoute = route({
  method: 'get',
  path: '/team/kpis',
  summary: 'Per-CSM GRR, NRR, churned ARR and renewals on time for a quarter, with goals',
  middleware: read,
  request: { query: kpiQuery },
  responses: { 200: json(kpiReport, 'KPIs'), ...errors },
});
const goalRoute = route({
  method: 'post',
  path: '/team/goals',
  summary: 'Set a quarterly KPI goal for a member',
  middleware: manage,
  request: { body: jsonBody(setKpiGoalInput) },
  responses: { 200: json(kpiGoal, 'Saved'), ...errors, ...notFoundError },
});
const settingsRoute = route({
  method: 'get',
  path: '/team/settings',
  summary: 'Exit reasons, capacity targets and the low-value ARR threshold',
  middleware: read,
  responses: { 200: json(teamSettings, 'Settings'), ...errors },
});
const putSettingsRoute = route({
  method: 'put',
  path: '/team/settings',
  summary: 'Change the team settings',
  middleware: manage,
  request: { body: jsonBody(teamSettings) },
  responses: { 200: json(teamSettings, 'Saved'), ...errors },
});
const pulseRoute = route({
  method: 'post',
  path: '/team/pulse',
  summary: 'Answer the quarterly career-growth pulse (own answer; only aggregates are shown)',
  middleware: [requirePermission('people:self')],
  request: { body: jsonBody(pulseInput) },
  responses: {
    201: json(z.object({ id: z.string(), period: z.string() }), 'Answered'),
    ...errors,
    ...conflictError,
  },
});

export const peopleInsightsRoutes = () =>
  createRouter()
    .openapi(metricsRoute, async (c) => c.json(await getTeamMetrics(c.var.db, c.req.valid('query')), 200))
    .openapi(capacityRoute, async (c) => c.json(await getCapacity(c.var.db), 200))
    .openapi(applyRoute, async (c) =>
      c.json(await applyRebalance(c.var.db, c.var.actor, c.req.valid('json').suggestions), 200),
    )
    .openapi(kpisRoute, async (c) => c.json(await getKpis(c.var.db, c.req.valid('query').quarter), 200))
    .openapi(goalRoute, async (c) =>
      c.json(await setKpiGoal(c.var.db, c.var.actor, c.req.valid('json')), 200),
    )
    .openapi(settingsRoute, async (c) => c.json(await getTeamSettings(c.var.db), 200))
    .openapi(putSettingsRoute, async (c) =>
      c.json(await updateTeamSettings(c.var.db, c.var.actor, c.req.valid('json')), 200),
    )
    .openapi(pulseRoute, async (c) =>
      c.json(await submitPulse(c.var.db, c.var.actor, c.req.valid('json')), 201),
    );
