// The demo company's rules and a starting set of CTAs, so a first start shows a working cockpit: rules of the
// kinds a CS team writes first, and the open and closed CTAs those rules would have produced for the demo CSMs.
import { sql } from 'kysely';
import { type CreateRuleInput, createRuleInput } from '../../../shared/rules.ts';
import { systemActor } from '../../modules/auth/actor.ts';
import { createPlaybookTasks } from '../../modules/ctas/create-playbook-tasks.ts';
import { findPlaybook } from '../../modules/ctas/playbook-library.ts';
import { createRule } from '../../modules/rules/create-rule.ts';
import type { Db } from '../client.ts';

/** Each rule with the accounts it "fired" for at seed time: a SQL filter over accounts `a` and health `h`. */
interface DemoRule {
  rule: Omit<CreateRuleInput, 'description' | 'conditions'> & Partial<CreateRuleInput>;
  seed?: {
    where: ReturnType<typeof sql>;
    facts: ReturnType<typeof sql>;
    perOwner: number;
    closedShare: number;
  };
}

const DEMO_RULES: DemoRule[] = [
  {
    rule: {
      name: 'Usage dropped by 40%',
      description:
        'A week of usage at least 40% below the week before: find out why before it shows in health.',
      enabled: true,
      trigger: { type: 'usage_drop', percent: 40, window_days: 7 },
      conditions: {
        match: 'all',
        conditions: [{ field: 'lifecycle_stage', operator: 'neq', value: 'churned' }],
      },
      actions: [
        {
          type: 'open_cta',
          cta_type: 'risk',
          priority: 'high',
          title: 'Usage dropped: find out why',
          due_in_days: 5,
          playbook: 'usage_drop',
        },
      ],
    },
    seed: {
      where: sql`a.lifecycle_stage = 'at_risk'`,
      facts: sql`jsonb_build_object('signal', 'usage.drop', 'window_days', 7, 'drop_percent', 40 + (abs(hashtext(a.id::text)) % 35))`,
      perOwner: 3,
      closedShare: 0.3,
    },
  },
  {
    rule: {
      name: 'Renewal in 120 days',
      description: 'Start every renewal four months out with the renewal playbook.',
      enabled: true,
      trigger: { type: 'renewal_in_days', days: 120 },
      conditions: {
        match: 'all',
        conditions: [{ field: 'lifecycle_stage', operator: 'neq', value: 'churned' }],
      },
      actions: [
        {
          type: 'open_cta',
          cta_type: 'renewal',
          priority: 'medium',
          title: 'Prepare the renewal',
          due_in_days: 14,
          playbook: 'renewal',
        },
      ],
    },
    seed: {
      where: sql`a.lifecycle_stage <> 'churned' and a.renewal_date between current_date and current_date + 120`,
      facts: sql`jsonb_build_object('signal', 'renewal.upcoming', 'renewal_date', a.renewal_date,
        'days_to_renewal', a.renewal_date - current_date)`,
      perOwner: 4,
      closedShare: 0,
    },
  },
  {
    rule: {
      name: 'Health turned red',
      description: 'A red health score needs a recovery plan from the owner this week.',
      enabled: true,
      trigger: { type: 'health_band_changed', to_color: 'red' },
      actions: [
        {
          type: 'open_cta',
          cta_type: 'risk',
          priority: 'urgent',
          title: 'Health is red: agree a recovery plan',
          due_in_days: 3,
        },
      ],
    },
    seed: {
      where: sql`h.color = 'red'`,
      facts: sql`jsonb_build_object('signal', 'health.band_changed', 'from', 'yellow', 'to', 'red', 'score', round(h.score))`,
      perOwner: 3,
      closedShare: 0.25,
    },
  },
  {
    rule: {
      name: 'Dedicated account without a touchpoint for 30 days',
      description: 'Dedicated accounts get a check-in at least monthly.',
      enabled: true,
      trigger: { type: 'no_touchpoint_days', days: 30 },
      conditions: {
        match: 'all',
        conditions: [{ field: 'coverage_model', operator: 'eq', value: 'dedicated' }],
      },
      actions: [
        {
          type: 'open_cta',
          cta_type: 'lifecycle',
          priority: 'medium',
          title: 'Monthly check-in',
          due_in_days: 7,
        },
      ],
    },
  },
  {
    rule: {
      name: 'New account: onboarding',
      description: 'Every new account starts with the onboarding playbook.',
      enabled: true,
      trigger: { type: 'account_created' },
      actions: [
        {
          type: 'open_cta',
          cta_type: 'onboarding',
          priority: 'high',
          title: 'Kick off onboarding',
          due_in_days: 3,
          playbook: 'onboarding',
        },
        { type: 'assign_owner', strategy: 'least_accounts', overwrite: false },
      ],
    },
    seed: {
      where: sql`a.lifecycle_stage = 'onboarding'`,
      facts: sql`jsonb_build_object('signal', 'account.created')`,
      perOwner: 2,
      closedShare: 0.4,
    },
  },
  {
    rule: {
      name: 'Subscription cancelled',
      description: 'Switched off: turn it on once the billing system sends “Subscription Cancelled”.',
      enabled: false,
      trigger: { type: 'product_event', event: 'Subscription Cancelled' },
      actions: [
        {
          type: 'open_cta',
          cta_type: 'risk',
          priority: 'urgent',
          title: 'Win back the account',
          due_in_days: 2,
          playbook: 'usage_drop',
        },
      ],
    },
  },
];

export async function seedDemoActions(db: Db): Promise<void> {
  const actor = systemActor('demo');
  for (const demo of DEMO_RULES) {
    const rule = await createRule(db, actor, createRuleInput.parse(demo.rule));
    if (demo.seed) await seedCtas(db, rule.id, rule.name, demo.rule, demo.seed);
  }
}

/**
 * The CTAs a rule would have opened for each demo CSM's accounts, in one statement per rule: a few per owner,
 * some closed with an outcome, open ones with their playbook's tasks, and a rule run for each.
 */
async function seedCtas(
  db: Db,
  ruleId: string,
  ruleName: string,
  rule: DemoRule['rule'],
  seed: NonNullable<DemoRule['seed']>,
) {
  const action = rule.actions.find((a) => a.type === 'open_cta');
  if (action?.type !== 'open_cta') return;
  await db.transaction().execute(async (trx) => {
    const { rows } = await sql<{ id: string; account_id: string; owner_id: string | null; status: string }>`
      with picked as (
        select a.id as account_id, a.owner_id, ${seed.facts} as facts,
          row_number() over (partition by a.owner_id order by a.renewal_date, a.id) as n
        from accounts a left join account_health h on h.account_id = a.id
        join users u on u.id = a.owner_id and u.role = 'csm'
        where ${seed.where}
      ), chosen as (
        select *, (n <= ceil(${seed.perOwner}::numeric * ${seed.closedShare}::numeric) and ${seed.closedShare}::numeric > 0) as closed
        from picked where n <= ${seed.perOwner}::int + ceil(${seed.perOwner}::numeric * ${seed.closedShare}::numeric)
      )
      insert into ctas (account_id, rule_id, type, priority, title, owner_id, due_date, status, outcome, playbook,
        reason, closed_at, created_at)
      select c.account_id, ${ruleId}::uuid, ${action.cta_type}, ${action.priority}, ${action.title}, c.owner_id,
        current_date + (case when c.closed then -10 else ${action.due_in_days}::int - (c.n::int % 4) * 2 end),
        case when c.closed then 'closed' when c.n % 3 = 0 then 'in_progress' else 'open' end,
        case when c.closed then (case when c.n % 2 = 0 then 'failure' else 'success' end) end,
        ${action.playbook ?? null}::text,
        jsonb_build_object('rule_id', ${ruleId}::uuid, 'rule_name', ${ruleName}::text, 'trigger', ${rule.trigger.type}::text,
          'facts', c.facts, 'fired_at', now() - make_interval(days => c.n::int)),
        case when c.closed then now() - interval '2 days' end,
        now() - make_interval(days => c.n::int + (case when c.closed then 14 else 0 end))
      from chosen c
      returning id, account_id, owner_id, status`.execute(trx);
    if (!rows.length) return;
    await sql`insert into rule_runs (rule_id, account_id, status, facts, at)
      select ${ruleId}::uuid, c.account_id, 'fired', c.reason->'facts', c.created_at
      from ctas c where c.rule_id = ${ruleId}::uuid`.execute(trx);
    await sql`update rules set last_fired_at = (select max(at) from rule_runs where rule_id = ${ruleId}::uuid)
      where id = ${ruleId}::uuid`.execute(trx);
    const playbook = action.playbook ? await findPlaybook(trx, action.playbook) : undefined;
    const open = rows.filter((r) => r.status !== 'closed');
    if (playbook && open.length) await createPlaybookTasks(trx, playbook, open);
    // The tasks were due by their offsets from the day their CTA opened, so older CTAs have overdue work.
    await sql`update tasks t set due_date = t.due_date - (current_date - c.created_at::date)
      from ctas c where t.cta_id = c.id and c.rule_id = ${ruleId}::uuid`.execute(trx);
  });
}
