import { dataOf, idParam } from '../../../shared/common.ts';
import {
  createSentimentInput,
  createSurveyResponseInput,
  createTicketInput,
  csmSentiment,
  supportTicket,
  surveyResponse,
  updateTicketInput,
} from '../../../shared/health.ts';
import { featureRouter } from '../../lib/route-kit.ts';
import { listSentiments, listSupportTickets, listSurveyResponses } from './list-feedback.ts';
import { recordSentiment } from './record-sentiment.ts';
import { recordSurveyResponse } from './record-survey-response.ts';
import { createSupportTicket, updateSupportTicket } from './save-support-ticket.ts';

const tags = ['Signals'];
const read = 'customers:read';
const write = 'customers:write';

/** An account's survey answers, tickets and sentiment, mounted at /accounts. */
export const accountFeedbackRoutes = () =>
  featureRouter({ tags })
    .get(
      '/{id}/survey-responses',
      {
        summary: 'NPS and CSAT answers of an account, newest first',
        permission: read,
        params: idParam,
        response: dataOf(surveyResponse),
        returns: 'Answers',
      },
      async (c) => c.json({ data: await listSurveyResponses(c.var.db, c.req.valid('param').id) }, 200),
    )
    .post(
      '/{id}/survey-responses',
      {
        summary: 'Record an NPS (0-10) or CSAT (1-5) answer',
        permission: write,
        params: idParam,
        body: createSurveyResponseInput,
        response: surveyResponse,
        status: 201,
        returns: 'Recorded',
      },
      async (c) =>
        c.json(
          await recordSurveyResponse(c.var.db, c.var.actor, c.req.valid('param').id, c.req.valid('json')),
          201,
        ),
    )
    .get(
      '/{id}/tickets',
      {
        summary: 'Support tickets of an account, newest first',
        permission: read,
        params: idParam,
        response: dataOf(supportTicket),
        returns: 'Tickets',
      },
      async (c) => c.json({ data: await listSupportTickets(c.var.db, c.req.valid('param').id) }, 200),
    )
    .post(
      '/{id}/tickets',
      {
        summary: 'Record a support ticket (external_id is unique, for syncs)',
        permission: write,
        params: idParam,
        body: createTicketInput,
        response: supportTicket,
        status: 201,
        returns: 'Created',
        conflict: true,
      },
      async (c) =>
        c.json(
          await createSupportTicket(c.var.db, c.var.actor, c.req.valid('param').id, c.req.valid('json')),
          201,
        ),
    )
    .get(
      '/{id}/sentiments',
      {
        summary: "The CSM's sentiment entries for an account, newest first",
        permission: read,
        params: idParam,
        response: dataOf(csmSentiment),
        returns: 'Sentiments',
      },
      async (c) => c.json({ data: await listSentiments(c.var.db, c.req.valid('param').id) }, 200),
    )
    .post(
      '/{id}/sentiments',
      {
        summary: 'Record CSM sentiment (red, yellow, green) with a reason and optional expiry',
        permission: write,
        params: idParam,
        body: createSentimentInput,
        response: csmSentiment,
        status: 201,
        returns: 'Recorded',
      },
      async (c) =>
        c.json(
          await recordSentiment(c.var.db, c.var.actor, c.req.valid('param').id, c.req.valid('json')),
          201,
        ),
    ).app;

/** Mounted at /tickets. */
export const ticketsRoutes = () =>
  featureRouter({ tags }).patch(
    '/{id}',
    {
      summary: 'Change a ticket (status, priority, escalation)',
      permission: write,
      params: idParam,
      body: updateTicketInput,
      response: supportTicket,
      returns: 'Updated',
    },
    async (c) =>
      c.json(
        await updateSupportTicket(c.var.db, c.var.actor, c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
  ).app;
