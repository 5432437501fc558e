// The one-writer rule, checked on the sources: every SQL write names its table, and the file that writes it
// must belong to the table's owning module (src/server/db/table-owners.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ownersOf, TABLE_OWNERS } from './db/table-owners.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SCANNED = ['src/server', 'src/cli'];
/** Migrations and the demo seed define and fill tables before any module runs; tests arrange their data. */
const EXEMPT = [/^src\/server\/db\//, /^src\/server\/test\//, /\.test\.ts$/, /\.cases\.ts$/];

interface Write {
  file: string;
  line: number;
  table: string;
  how: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) return sourceFiles(rel);
    return e.name.endsWith('.ts') && !EXEMPT.some((re) => re.test(rel)) ? [rel] : [];
  });
}

/** Comments blanked out (keeping line breaks), so prose like "update accounts" is not read as SQL. */
function withoutComments(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '))
    .replace(/(^|[^:'"`])\/\/.*$/gm, (_, pre: string) => pre)
    .replace(/--[^\n`$]*$/gm, '');
}

const KYSELY_WRITE = /\.(insertInto|updateTable|deleteFrom|mergeInto)\(\s*['"]([\w.]+)['"]/g;
const SQL_WRITE =
  /\b(insert\s+into|update|delete\s+from|merge\s+into)\s+([a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)?)/g;

/** Every write in a file: Kysely builder calls, and insert/update/delete/merge of a known table in SQL text. */
function writesIn(file: string, text: string): Write[] {
  const code = withoutComments(text);
  const lineOf = (index: number) => code.slice(0, index).split('\n').length;
  const writes: Write[] = [];
  for (const m of code.matchAll(KYSELY_WRITE))
    writes.push({ file, line: lineOf(m.index), table: m[2] ?? '', how: m[1] ?? '' });
  for (const m of code.matchAll(SQL_WRITE)) {
    const table = m[2] ?? '';
    // "do update set", "for update skip locked" and English words are not tables.
    if (table === 'app_settings' || table in TABLE_OWNERS)
      writes.push({ file, line: lineOf(m.index), table, how: (m[1] ?? '').replace(/\s+/g, ' ') });
  }
  return writes;
}

const moduleOf = (file: string) => /^src\/server\/modules\/([^/]+)\//.exec(file)?.[1];

function violations(): string[] {
  const out: string[] = [];
  for (const file of SCANNED.flatMap(sourceFiles)) {
    for (const w of writesIn(file, readFileSync(path.join(ROOT, file), 'utf8'))) {
      const owners = ownersOf(w.table);
      const mod = moduleOf(file);
      if (!owners) out.push(`${file}:${w.line} ${w.how} ${w.table}: no owner in table-owners.ts`);
      else if (!mod || !owners.includes(mod))
        out.push(
          `${file}:${w.line} ${w.how} ${w.table}: owned by ${owners.join('/')}, written by ${mod ?? 'no module'}`,
        );
    }
  }
  return out;
}

function schemaTables(): string[] {
  const schema = readFileSync(path.join(ROOT, 'src/server/db/schema.ts'), 'utf8');
  const db = /export interface DB \{([\s\S]*?)\n\}/.exec(schema)?.[1] ?? '';
  return [...db.matchAll(/^\s+'?([\w.]+)'?:/gm)].map((m) => m[1] ?? '');
}

describe('one writer per table', () => {
  it('finds writes the way the test reads them', () => {
    const sample = `
      // update accounts in a comment is prose
      await trx.updateTable('accounts').set({ name }).execute();
      await sql\`insert into signals (type) select 'x' on conflict do update set type = excluded.type\`;
      await sql\`select * from rules for update skip locked\`;`;
    expect(writesIn('x.ts', sample).map((w) => `${w.how} ${w.table}`)).toEqual([
      'updateTable accounts',
      'insert into signals',
    ]);
  });

  it('gives every table of the schema an owning module that exists', () => {
    const tables = schemaTables();
    expect(tables.length).toBeGreaterThan(50);
    expect(tables.filter((t) => !ownersOf(t))).toEqual([]);
    const modules = new Set(Object.values(TABLE_OWNERS));
    for (const m of modules) expect(existsSync(path.join(ROOT, 'src/server/modules', m)), m).toBe(true);
  });

  it('lets only the owning module write a table', () => {
    expect(violations()).toEqual([]);
  });
});
