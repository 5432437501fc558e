// Frozen once landed: change the schema with a new migration file, never by editing this one.
// Per-CSM KPIs gain CSAT and health trend (from survey_responses and health_history), so goals may be set on
// them too: the metric check of kpi_goals widens.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table kpi_goals drop constraint kpi_goals_metric_check`.execute(db);
  await sql`alter table kpi_goals add constraint kpi_goals_metric_check
    check (metric in ('grr', 'nrr', 'churned_arr', 'renewals_on_time', 'csat', 'health_trend'))`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`delete from kpi_goals where metric in ('csat', 'health_trend')`.execute(db);
  await sql`alter table kpi_goals drop constraint kpi_goals_metric_check`.execute(db);
  await sql`alter table kpi_goals add constraint kpi_goals_metric_check
    check (metric in ('grr', 'nrr', 'churned_arr', 'renewals_on_time'))`.execute(db);
}
