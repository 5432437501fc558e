import type { z } from 'zod';
import { dataOf, idParam } from '../../../shared/common.ts';
import {
  accountFieldInfo,
  createRuleInput,
  dryRunResult,
  rule,
  ruleRun,
  updateRuleInput,
} from '../../../shared/rules.ts';
import { featureRouter } from '../../lib/route-kit.ts';
import { listAccountFields } from './account-fields.ts';
import { createRule } from './create-rule.ts';
import { deleteRule } from './delete-rule.ts';
import { dryRunDraft, dryRunRule } from './dry-run-rule.ts';
import { listRuleRuns, listRules } from './list-rules.ts';
import { getRuleRow, toRule } from './rule-row.ts';
import { updateRule } from './update-rule.ts';

const read = 'customers:read';
const manage = 'rules:manage';

/** Mounted at /rules. */
export const rulesRoutes = () =>
  featureRouter({ tags: ['Rules'] })
    .get(
      '/',
      { summary: 'All rules', permission: read, response: dataOf(rule), returns: 'Rules' },
      async (c) => c.json({ data: await listRules(c.var.db) }, 200),
    )
    .get(
      '/fields',
      {
        summary: 'Account fields a condition may test (plus custom.<key>)',
        permission: read,
        response: dataOf(accountFieldInfo),
        returns: 'Fields',
      },
      async (c) => c.json({ data: listAccountFields() }, 200),
    )
    .post(
      '/',
      {
        summary: 'Create a rule (trigger, conditions, actions); switched off unless enabled is true',
        permission: manage,
        body: createRuleInput,
        response: rule,
        status: 201,
        returns: 'Created',
      },
      async (c) => c.json(await createRule(c.var.db, c.var.actor, c.req.valid('json')), 201),
    )
    .get(
      '/{id}',
      { summary: 'One rule', permission: read, params: idParam, response: rule, returns: 'The rule' },
      async (c) => c.json(toRule(await getRuleRow(c.var.db, c.req.valid('param').id)), 200),
    )
    .patch(
      '/{id}',
      {
        summary: 'Change a rule, or switch it on or off',
        permission: manage,
        params: idParam,
        body: updateRuleInput,
        response: rule,
        returns: 'Updated',
      },
      async (c) =>
        c.json(await updateRule(c.var.db, c.var.actor, c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .delete(
      '/{id}',
      { summary: 'Delete a rule (its CTAs stay)', permission: manage, params: idParam },
      async (c) => {
        await deleteRule(c.var.db, c.var.actor, c.req.valid('param').id);
        return c.body(null, 204);
      },
    )
    .get(
      '/{id}/runs',
      {
        summary: 'Latest firings and errors of a rule',
        permission: read,
        params: idParam,
        response: dataOf(ruleRun),
        returns: 'Runs',
      },
      async (c) => {
        const { id } = c.req.valid('param');
        await getRuleRow(c.var.db, id);
        return c.json({ data: (await listRuleRuns(c.var.db, id)) as z.infer<typeof ruleRun>[] }, 200);
      },
    )
    .post(
      '/{id}/dry-run',
      {
        summary: 'Accounts the rule would have fired for over the last 30 days; changes nothing',
        permission: manage,
        params: idParam,
        response: dryRunResult,
        returns: 'Dry run',
      },
      async (c) => c.json(await dryRunRule(c.var.db, c.req.valid('param').id), 200),
    )
    .post(
      '/dry-run',
      {
        summary: 'Dry run of a rule as written, saved or not: what it would have fired for over 30 days',
        permission: manage,
        body: createRuleInput,
        response: dryRunResult,
        returns: 'Dry run',
      },
      async (c) => c.json(await dryRunDraft(c.var.db, c.req.valid('json')), 200),
    ).app;
