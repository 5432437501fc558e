// Prepares one migrated template database per test run; every test file then starts from a copy,
// which is much faster than creating and migrating a database per file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/client.ts';
import { migrateToLatest } from '../db/migrate.ts';

// Unique per run: two runs on one PostgreSQL server (a developer's and CI's) must not drop each other's template.
const TEMPLATE_DB = `tend_test_template_${process.pid}_${Date.now().toString(36)}`;

export default async function setup(project: TestProject) {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    await recreateDatabase(serverUrl, TEMPLATE_DB);
    project.provide('templateDb', TEMPLATE_DB);
    const database = await openDatabase(
      loadConfig({ DATABASE_URL: withDatabase(serverUrl, TEMPLATE_DB), LOG_LEVEL: 'silent' }),
    );
    await migrateToLatest(database.db);
    await database.close();
    return () => dropDatabase(serverUrl, TEMPLATE_DB);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tend-template-'));
  const database = await openDatabase(loadConfig({ TEND_DATA_DIR: dir, LOG_LEVEL: 'silent' }));
  await migrateToLatest(database.db);
  await database.close();
  project.provide('templateDir', dir);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}

export function withDatabase(url: string, name: string) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function recreateDatabase(serverUrl: string, name: string, template?: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists "${name}" with (force)`);
    await client.query(`create database "${name}"${template ? ` template "${template}"` : ''}`);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(serverUrl: string, name: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists "${name}" with (force)`);
  } finally {
    await client.end();
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    templateDir: string;
    templateDb: string;
  }
}
