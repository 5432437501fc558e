import { createRoute } from '@hono/zod-openapi';
import {
  createOpportunityInput,
  exchangeRate,
  forecast,
  forecastQuery,
  opportunity,
  opportunityListQuery,
  revenueSettings,
  updateOpportunityInput,
  upsertExchangeRateInput,
} from '../../../shared/revenue.ts';
import {
  createRouter,
  dataOf,
  errors,
  idParam,
  json,
  jsonBody,
  noContent,
  notFoundError,
} from '../../lib/openapi.ts';
import { requirePermission } from '../auth/authenticate.ts';
import { computeForecast } from './compute-forecast.ts';
import { createOpportunity } from './create-opportunity.ts';
import { deleteExchangeRate, listExchangeRates, upsertExchangeRate } from './exchange-rates.ts';
import { listRenewals } from './list-renewals.ts';
import { getRevenueSettings } from './revenue-settings.ts';
import { updateOpportunity } from './update-opportunity.ts';
import { updateRevenueSettings } from './update-revenue-settings.ts';

const tags = ['Renewals'];
const read = [requirePermission('revenue:read')];
const write = [requirePermission('revenue:write')];
const configure = [requirePermission('revenue:configure')];

const listRoute = createRoute({
  method: 'get',
  path: '/renewals',
  tags,
  summary: 'Renewal and expansion opportunities by close date (the pipeline)',
  middleware: read,
  request: { query: opportunityListQuery },
  responses: { 200: json(dataOf(opportunity), 'Opportunities'), ...errors },
});

const forecastRoute = createRoute({
  method: 'get',
  path: '/renewals/forecast',
  tags,
  summary: "A quarter's renewable ARR, forecast by category, won and lost, in the company currency",
  middleware: read,
  request: { query: forecastQuery },
  responses: { 200: json(forecast, 'Forecast'), ...errors },
});

const createOpportunityRoute = createRoute({
  method: 'post',
  path: '/renewals',
  tags,
  summary: 'Add an expansion opportunity (renewals are created from contracts)',
  middleware: write,
  request: { body: jsonBody(createOpportunityInput) },
  responses: { 201: json(opportunity, 'Created'), ...errors, ...notFoundError },
});

const updateRoute = createRoute({
  method: 'patch',
  path: '/renewals/{id}',
  tags,
  summary: 'Move an opportunity: stage, forecast category, amount, close date, reason code',
  middleware: write,
  request: { params: idParam, body: jsonBody(updateOpportunityInput) },
  responses: { 200: json(opportunity, 'Updated'), ...errors, ...notFoundError },
});

const getSettingsRoute = createRoute({
  method: 'get',
  path: '/settings/revenue',
  tags,
  summary: 'Company currency, renewal lead time and reason codes',
  middleware: read,
  responses: { 200: json(revenueSettings, 'Settings'), ...errors },
});

const putSettingsRoute = createRoute({
  method: 'put',
  path: '/settings/revenue',
  tags,
  summary: 'Change the revenue settings (a new company currency re-derives all movements)',
  middleware: configure,
  request: { body: jsonBody(revenueSettings) },
  responses: { 200: json(revenueSettings, 'Settings'), ...errors },
});

const listRatesRoute = createRoute({
  method: 'get',
  path: '/exchange-rates',
  tags,
  summary: 'Exchange rates into the company currency, by effective date',
  middleware: read,
  responses: { 200: json(dataOf(exchangeRate), 'Rates'), ...errors },
});

const putRateRoute = createRoute({
  method: 'put',
  path: '/exchange-rates',
  tags,
  summary: 'Set the rate of a currency from a date (1 unit = rate units of the company currency)',
  middleware: configure,
  request: { body: jsonBody(upsertExchangeRateInput) },
  responses: { 200: json(exchangeRate, 'The rate'), ...errors },
});

const deleteRateRoute = createRoute({
  method: 'delete',
  path: '/exchange-rates/{id}',
  tags,
  summary: 'Remove a rate',
  middleware: configure,
  request: { params: idParam },
  responses: { ...noContent, ...errors, ...notFoundError },
});

export const renewalsRoutes = () =>
  createRouter()
    .openapi(listRoute, async (c) =>
      c.json({ data: await listRenewals(c.var.db, c.req.valid('query')) }, 200),
    )
    .openapi(forecastRoute, async (c) => {
      const { quarter, ...filters } = c.req.valid('query');
      return c.json(await computeForecast(c.var.db, quarter, filters), 200);
    })
    .openapi(createOpportunityRoute, async (c) =>
      c.json(await createOpportunity(c.var.db, c.var.actor, c.req.valid('json')), 201),
    )
    .openapi(updateRoute, async (c) =>
      c.json(
        await updateOpportunity(c.var.db, c.var.actor, c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
    )
    .openapi(getSettingsRoute, async (c) => c.json(await getRevenueSettings(c.var.db), 200))
    .openapi(putSettingsRoute, async (c) =>
      c.json(await updateRevenueSettings(c.var.db, c.var.actor, c.req.valid('json')), 200),
    )
    .openapi(listRatesRoute, async (c) => c.json({ data: await listExchangeRates(c.var.db) }, 200))
    .openapi(putRateRoute, async (c) =>
      c.json(await upsertExchangeRate(c.var.db, c.var.actor, c.req.valid('json')), 200),
    )
    .openapi(deleteRateRoute, async (c) => {
      await deleteExchangeRate(c.var.db, c.var.actor, c.req.valid('param').id);
      return c.body(null, 204);
    });
