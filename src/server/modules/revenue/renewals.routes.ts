import { dataOf, idParam } from '../../../shared/common.ts';
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
import { featureRouter } from '../../lib/route-kit.ts';
import { computeForecast } from './compute-forecast.ts';
import { createOpportunity } from './create-opportunity.ts';
import { deleteExchangeRate, listExchangeRates, upsertExchangeRate } from './exchange-rates.ts';
import { listRenewals } from './list-renewals.ts';
import { getRevenueSettings } from './revenue-settings.ts';
import { updateOpportunity } from './update-opportunity.ts';
import { updateRevenueSettings } from './update-revenue-settings.ts';

const tags = ['Renewals'];
const read = 'revenue:read';
const configure = 'revenue:configure';

/** Mounted at /renewals. */
export const renewalsRoutes = () =>
  featureRouter({ tags })
    .get(
      '/',
      {
        summary: 'Renewal and expansion opportunities by close date (the pipeline)',
        permission: read,
        query: opportunityListQuery,
        response: dataOf(opportunity),
        returns: 'Opportunities',
      },
      async (c) => c.json({ data: await listRenewals(c.var.db, c.req.valid('query')) }, 200),
    )
    .get(
      '/forecast',
      {
        summary: "A quarter's renewable ARR, forecast by category, won and lost, in the company currency",
        permission: read,
        query: forecastQuery,
        response: forecast,
        returns: 'Forecast',
      },
      async (c) => {
        const { quarter, ...filters } = c.req.valid('query');
        return c.json(await computeForecast(c.var.db, quarter, filters), 200);
      },
    )
    .post(
      '/',
      {
        summary: 'Add an expansion opportunity (renewals are created from contracts)',
        permission: 'revenue:write',
        body: createOpportunityInput,
        response: opportunity,
        status: 201,
        returns: 'Created',
        notFound: true,
      },
      async (c) => c.json(await createOpportunity(c.var.db, c.var.actor, c.req.valid('json')), 201),
    )
    .patch(
      '/{id}',
      {
        summary: 'Move an opportunity: stage, forecast category, amount, close date, reason code',
        permission: 'revenue:write',
        params: idParam,
        body: updateOpportunityInput,
        response: opportunity,
        returns: 'Updated',
      },
      async (c) =>
        c.json(
          await updateOpportunity(c.var.db, c.var.actor, c.req.valid('param').id, c.req.valid('json')),
          200,
        ),
    ).app;

/** Mounted at /settings. */
export const revenueSettingsRoutes = () =>
  featureRouter({ tags })
    .get(
      '/revenue',
      {
        summary: 'Company currency, renewal lead time and reason codes',
        permission: read,
        response: revenueSettings,
        returns: 'Settings',
      },
      async (c) => c.json(await getRevenueSettings(c.var.db), 200),
    )
    .put(
      '/revenue',
      {
        summary: 'Change the revenue settings (a new company currency re-derives all movements)',
        permission: configure,
        body: revenueSettings,
        response: revenueSettings,
        returns: 'Settings',
      },
      async (c) => c.json(await updateRevenueSettings(c.var.db, c.var.actor, c.req.valid('json')), 200),
    ).app;

/** Mounted at /exchange-rates. */
export const exchangeRatesRoutes = () =>
  featureRouter({ tags })
    .get(
      '/',
      {
        summary: 'Exchange rates into the company currency, by effective date',
        permission: read,
        response: dataOf(exchangeRate),
        returns: 'Rates',
      },
      async (c) => c.json({ data: await listExchangeRates(c.var.db) }, 200),
    )
    .put(
      '/',
      {
        summary: 'Set the rate of a currency from a date (1 unit = rate units of the company currency)',
        permission: configure,
        body: upsertExchangeRateInput,
        response: exchangeRate,
        returns: 'The rate',
      },
      async (c) => c.json(await upsertExchangeRate(c.var.db, c.var.actor, c.req.valid('json')), 200),
    )
    .delete('/{id}', { summary: 'Remove a rate', permission: configure, params: idParam }, async (c) => {
      await deleteExchangeRate(c.var.db, c.var.actor, c.req.valid('param').id);
      return c.body(null, 204);
    }).app;
