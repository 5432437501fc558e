import { createRoute, type z } from '@hono/zod-openapi';
import {
  accountFieldInfo,
  createRuleInput,
  dryRunResult,
  rule,
  ruleRun,
  updateRuleInput,
} from '../../../shared/rules.ts';
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
import { listAccountFields } from './account-fields.ts';
import { createRule } from './create-rule.ts';
import { deleteRule } from './delete-rule.ts';
import { dryRunDraft, dryRunRule } from './dry-run-rule.ts';
import { listRuleRuns, listRules } from './list-rules.ts';
import { getRuleRow, toRule } from './rule-row.ts';
import { updateRule } from './update-rule.ts';

const tags = ['Rules'];
const read = [requirePermission('customers:read')];
const manage = [requirePermission('rules:manage')];

const listRoute = createRoute({
  method: 'get',
  path: '/rules',
  tags,
  summary: 'All rules',
  middleware: read,
  responses: { 200: json(dataOf(rule), 'Rules'), ...errors },
});
const fieldsRoute = createRoute({
  method: 'get',
  path: '/rules/fields',
  tags,
  summary: 'Account fields a condition may test (plus custom.<key>)',
  middleware: read,
  responses: { 200: json(dataOf(accountFieldInfo), 'Fields'), ...errors },
});
const createRuleRoute = createRoute({
  method: 'post',
  path: '/rules',
  tags,
  summary: 'Create a rule (trigger, conditions, actions); switched off unless enabled is true',
  middleware: manage,
  request: { body: jsonBody(createRuleInput) },
  responses: { 201: json(rule, 'Created'), ...errors },
});
const getRoute = createRoute({
  method: 'get',
  path: '/rules/{id}',
  tags,
  summary: 'One rule',
  middleware: read,
  request: { params: idParam },
  responses: { 200: json(rule, 'The rule'), ...errors, ...notFoundError },
});
const updateRoute = createRoute({
  method: 'patch',
  path: '/rules/{id}',
  tags,
  summary: 'Change a rule, or switch it on or off',
  middleware: manage,
  request: { params: idParam, body: jsonBody(updateRuleInput) },
  responses: { 200: json(rule, 'Updated'), ...errors, ...notFoundError },
});
const deleteRoute = createRoute({
  method: 'delete',
  path: '/rules/{id}',
  tags,
  summary: 'Delete a rule (its CTAs stay)',
  middleware: manage,
  request: { params: idParam },
  responses: { ...noContent, ...errors, ...notFoundError },
});
const runsRoute = createRoute({
  method: 'get',
  path: '/rules/{id}/runs',
  tags,
  summary: 'Latest firings and errors of a rule',
  middleware: read,
  request: { params: idParam },
  responses: { 200: json(dataOf(ruleRun), 'Runs'), ...errors, ...notFoundError },
});
const dryRunRoute = createRoute({
  method: 'post',
  path: '/rules/{id}/dry-run',
  tags,
  summary: 'Accounts the rule would have fired for over the last 30 days; changes nothing',
  middleware: manage,
  request: { params: idParam },
  responses: { 200: json(dryRunResult, 'Dry run'), ...errors, ...notFoundError },
});

const draftDryRunRoute = createRoute({
  method: 'post',
  path: '/rules/dry-run',
  tags,
  summary: 'Dry run of a rule as written, saved or not: what it would have fired for over 30 days',
  middleware: manage,
  request: { body: jsonBody(createRuleInput) },
  responses: { 200: json(dryRunResult, 'Dry run'), ...errors },
});

export const rulesRoutes = () =>
  createRouter()
    .openapi(listRoute, async (c) => c.json({ data: await listRules(c.var.db) }, 200))
    .openapi(fieldsRoute, async (c) => c.json({ data: listAccountFields() }, 200))
    .openapi(createRuleRoute, async (c) =>
      c.json(await createRule(c.var.db, c.var.actor, c.req.valid('json')), 201),
    )
    .openapi(getRoute, async (c) => c.json(toRule(await getRuleRow(c.var.db, c.req.valid('param').id)), 200))
    .openapi(updateRoute, async (c) =>
      c.json(await updateRule(c.var.db, c.var.actor, c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(deleteRoute, async (c) => {
      await deleteRule(c.var.db, c.var.actor, c.req.valid('param').id);
      return c.body(null, 204);
    })
    .openapi(runsRoute, async (c) => {
      const { id } = c.req.valid('param');
      await getRuleRow(c.var.db, id);
      return c.json({ data: (await listRuleRuns(c.var.db, id)) as z.infer<typeof ruleRun>[] }, 200);
    })
    .openapi(dryRunRoute, async (c) => c.json(await dryRunRule(c.var.db, c.req.valid('param').id), 200))
    .openapi(draftDryRunRoute, async (c) => c.json(await dryRunDraft(c.var.db, c.req.valid('json')), 200));
