// Frozen once landed: change the schema with a new migration file, never by editing this one.
// A full recompute is split into parts, ranges of account ids with a cursor each, so that on a
// PostgreSQL server several workers can advance one run at once (a batch is a single-core statement;
// the server has more cores). Each part is locked by the worker advancing it, in the batch's own
// transaction: a worker that dies leaves its part where its last committed batch left it.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // cursor: the last account id done (at first, the previous part's upto); upto: the part's last id,
  // inclusive (null: no end, so accounts created during the run land in the last part).
  await sql`
    create table health_run_parts (
      run_id uuid not null references health_runs(id) on delete cascade,
      part smallint not null,
      cursor uuid,
      upto uuid,
      done boolean not null default false,
      primary key (run_id, part)
    )`.execute(db);
  // A run under way when this landed goes on from its cursor as a single part.
  await sql`insert into health_run_parts (run_id, part, cursor)
    select id, 0, cursor from health_runs where status = 'running'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table health_run_parts`.execute(db);
}
