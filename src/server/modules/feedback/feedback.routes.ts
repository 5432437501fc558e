import { createRoute } from '@hono/zod-openapi';
import {
  createSentimentInput,
  createSurveyResponseInput,
  createTicketInput,
  csmSentiment,
  supportTicket,
  surveyResponse,
  updateTicketInput,
} from '../../../shared/health.ts';
import {
  conflictError,
  createRouter,
  dataOf,
  errors,
  idParam,
  json,
  jsonBody,
  notFoundError,
} from '../../lib/openapi.ts';
import { requirePermission } from '../auth/authenticate.ts';
import { listSentiments, listSupportTickets, listSurveyResponses } from './list-feedback.ts';
import { recordSentiment } from './record-sentiment.ts';
import { recordSurveyResponse } from './record-survey-response.ts';
import { createSupportTicket, updateSupportTicket } from './save-support-ticket.ts';

const tags = ['Signals'];
const read = [requirePermission('customers:read')];
const write = [requirePermission('customers:write')];

const listSurveys = createRoute({
  method: 'get',
  path: '/accounts/{id}/survey-responses',
  tags,
  summary: 'NPS and CSAT answers of an account, newest first',
  middleware: read,
  request: { params: idParam },
  responses: { 200: json(dataOf(surveyResponse), 'Answers'), ...errors, ...notFoundError },
});
const createSurvey = createRoute({
  method: 'post',
  path: '/accounts/{id}/survey-responses',
  tags,
  summary: 'Record an NPS (0-10) or CSAT (1-5) answer',
  middleware: write,
  request: { params: idParam, body: jsonBody(createSurveyResponseInput) },
  responses: { 201: json(surveyResponse, 'Recorded'), ...errors, ...notFoundError },
});
const listTickets = createRoute({
  method: 'get',
  path: '/accounts/{id}/tickets',
  tags,
  summary: 'Support tickets of an account, newest first',
  middleware: read,
  request: { params: idParam },
  responses: { 200: json(dataOf(supportTicket), 'Tickets'), ...errors, ...notFoundError },
});
const createTicket = createRoute({
  method: 'post',
  path: '/accounts/{id}/tickets',
  tags,
  summary: 'Record a support ticket (external_id is unique, for syncs)',
  middleware: write,
  request: { params: idParam, body: jsonBody(createTicketInput) },
  responses: { 201: json(supportTicket, 'Created'), ...errors, ...notFoundError, ...conflictError },
});
const updateTicket = createRoute({
  method: 'patch',
  path: '/tickets/{id}',
  tags,
  summary: 'Change a ticket (status, priority, escalation)',
  middleware: write,
  request: { params: idParam, body: jsonBody(updateTicketInput) },
  responses: { 200: json(supportTicket, 'Updated'), ...errors, ...notFoundError },
});
const listSentimentRoute = createRoute({
  method: 'get',
  path: '/accounts/{id}/sentiments',
  tags,
  summary: "The CSM's sentiment entries for an account, newest first",
  middleware: read,
  request: { params: idParam },
  responses: { 200: json(dataOf(csmSentiment), 'Sentiments'), ...errors, ...notFoundError },
});
const createSentimentRoute = createRoute({
  method: 'post',
  path: '/accounts/{id}/sentiments',
  tags,
  summary: 'Record CSM sentiment (red, yellow, green) with a reason and optional expiry',
  middleware: write,
  request: { params: idParam, body: jsonBody(createSentimentInput) },
  responses: { 201: json(csmSentiment, 'Recorded'), ...errors, ...notFoundError },
});

export const feedbackRoutes = () =>
  createRouter()
    .openapi(listSurveys, async (c) =>
      c.json({ data: await listSurveyResponses(c.var.db, c.req.valid('param').id) }, 200),
    )
    .openapi(createSurvey, async (c) =>
      c.json(
        await recordSurveyResponse(c.var.db, c.var.actor, c.req.valid('param').id, c.req.valid('json')),
        201,
      ),
    )
    .openapi(listTickets, async (c) =>
      c.json({ data: await listSupportTickets(c.var.db, c.req.valid('param').id) }, 200),
    )
    .openapi(createTicket, async (c) =>
      c.json(
        await createSupportTicket(c.var.db, c.var.actor, c.req.valid('param').id, c.req.valid('json')),
        201,
      ),
    )
    .openapi(updateTicket, async (c) =>
      c.json(
        await updateSupportTicket(c.var.db, c.var.actor, c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
    )
    .openapi(listSentimentRoute, async (c) =>
      c.json({ data: await listSentiments(c.var.db, c.req.valid('param').id) }, 200),
    )
    .openapi(createSentimentRoute, async (c) =>
      c.json(await recordSentiment(c.var.db, c.var.actor, c.req.valid('param').id, c.req.valid('json')), 201),
    );
