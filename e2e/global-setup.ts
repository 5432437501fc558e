import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { PROJECT_ROOT, startServer } from './harness.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Builds the web app from the current sources, then starts one Tend server for every test file. */
export default async function setup(project: TestProject) {
  const vite = await import('vite');
  await vite.build({ configFile: path.join(PROJECT_ROOT, 'vite.config.ts'), logLevel: 'warn' });
  const server = await startServer();
  project.provide('baseUrl', server.url);
  return () => server.stop();
}
