import {
  applyRebalanceInput,
  capacityReport,
  kpiGoal,
  kpiQuery,
  kpiReport,
  metricsQuery,
  pulseInput,
  pulseReceipt,
  rebalanceResult,
  setKpiGoalInput,
  teamMetrics,
  teamSettings,
} from '../../../shared/people.ts';
import { featureRouter } from '../../lib/route-kit.ts';
import { applyRebalance } from './apply-rebalance.ts';
import { getCapacity } from './get-capacity.ts';
import { getKpis } from './get-kpis.ts';
import { getTeamMetrics } from './get-team-metrics.ts';
import { setKpiGoal } from './set-kpi-goal.ts';
import { submitPulse } from './submit-pulse.ts';
import { getTeamSettings } from './team-settings.ts';
import { updateTeamSettings } from './update-team-settings.ts';

const read = 'people:read';
const manage = 'people:manage';

/** Team metrics, capacity, KPIs and settings; mounted at /team next to the roster. */
export const peopleInsightsRoutes = () =>
  featureRouter({ tags: ['Team'] })
    .get(
      '/metrics',
      {
        summary:
          'Headcount, attrition, tenure, ramp, time to fill, hires, flows, exit reasons, pulse; with formulas',
        permission: read,
        query: metricsQuery,
        response: teamMetrics,
        returns: 'Metrics',
      },
      async (c) => c.json(await getTeamMetrics(c.var.db, c.req.valid('query')), 200),
    )
    .get(
      '/capacity',
      {
        summary: 'Accounts and ARR per CSM against targets per coverage model, with rebalancing suggestions',
        permission: read,
        response: capacityReport,
        returns: 'Capacity',
      },
      async (c) => c.json(await getCapacity(c.var.db), 200),
    )
    .post(
      '/capacity/apply',
      {
        summary: 'Apply rebalancing suggestions (all or nothing; each account change is audited)',
        permission: manage,
        body: applyRebalanceInput,
        response: rebalanceResult,
        returns: 'Applied',
        notFound: true,
        conflict: true,
      },
      async (c) => c.json(await applyRebalance(c.var.db, c.var.actor, c.req.valid('json').suggestions), 200),
    )
    .get(
      '/kpis',
      {
        summary: 'Per-CSM GRR, NRR, churned ARR and renewals on time for a quarter, with goals',
        permission: read,
        query: kpiQuery,
        response: kpiReport,
        returns: 'KPIs',
      },
      async (c) => c.json(await getKpis(c.var.db, c.req.valid('query').quarter), 200),
    )
    .post(
      '/goals',
      {
        summary: 'Set a quarterly KPI goal for a member',
        permission: manage,
        body: setKpiGoalInput,
        response: kpiGoal,
        returns: 'Saved',
        notFound: true,
      },
      async (c) => c.json(await setKpiGoal(c.var.db, c.var.actor, c.req.valid('json')), 200),
    )
    .get(
      '/settings',
      {
        summary: 'Exit reasons, capacity targets and the low-value ARR threshold',
        permission: read,
        response: teamSettings,
        returns: 'Settings',
      },
      async (c) => c.json(await getTeamSettings(c.var.db), 200),
    )
    .put(
      '/settings',
      {
        summary: 'Change the team settings',
        permission: manage,
        body: teamSettings,
        response: teamSettings,
        returns: 'Saved',
      },
      async (c) => c.json(await updateTeamSettings(c.var.db, c.var.actor, c.req.valid('json')), 200),
    )
    .post(
      '/pulse',
      {
        summary: 'Answer the quarterly career-growth pulse (own answer; only aggregates are shown)',
        permission: 'people:self',
        body: pulseInput,
        response: pulseReceipt,
        status: 201,
        returns: 'Answered',
        conflict: true,
      },
      async (c) => c.json(await submitPulse(c.var.db, c.var.actor, c.req.valid('json')), 201),
    ).app;
