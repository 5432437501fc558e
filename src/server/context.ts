import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Config } from './config.ts';
import type { Db } from './db/client.ts';
import type { Logger } from './logger.ts';
import type { Actor } from './modules/auth/actor.ts';

export interface Services {
  db: Db;
  config: Config;
  logger: Logger;
}

export interface AppEnv {
  Variables: Services & { actor: Actor };
}

export type Router = OpenAPIHono<AppEnv>;
