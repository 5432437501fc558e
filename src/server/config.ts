import path from 'node:path';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  TEND_DATA_DIR: z.string().default('./data'),
  TEND_SEED_DEMO: bool.default(true),
  TEND_DEMO_ACCOUNTS: z.coerce.number().int().min(1).max(200_000).default(300),
  TEND_ADMIN_EMAIL: z.email().optional(),
  TEND_ADMIN_PASSWORD: z.string().min(10).optional(),
  TEND_SECURE_COOKIES: bool.optional(),
  // The address users open Tend at, when a proxy in front changes the Host header (the CSRF Origin check).
  TEND_PUBLIC_URL: z.url().optional(),
  TEND_SESSION_DAYS: z.coerce.number().int().min(1).max(365).default(14),
  TEND_LOGIN_ATTEMPTS: z.coerce.number().int().min(1).max(1000).default(10),
  // log2 of scrypt's N for new password hashes; 17 is OWASP's minimum, tests may go lower for speed.
  TEND_PASSWORD_COST: z.coerce.number().int().min(12).max(20).default(17),
  TEND_DB_POOL: z.coerce.number().int().min(1).max(100).default(8),
  // Batches of a full health recompute run at once on a PostgreSQL server (default: cores, at most 4).
  TEND_HEALTH_CONCURRENCY: z.coerce.number().int().min(1).max(32).optional(),
  // croner pattern (seconds first) of the sweep that finds usage drops, renewals and missing touchpoints.
  TEND_RULES_SWEEP_CRON: z.string().default('0 */5 * * * *'),
  // Seconds before the first retry of a failed notification; doubled on each retry.
  TEND_NOTIFY_RETRY_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  // Lets notifications reach loopback, private and link-local addresses (receivers on your own network,
  // tests); off by default so a channel URL cannot point Tend at itself or the cloud metadata service.
  TEND_ALLOW_PRIVATE_OUTBOUND: bool.default(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = z.infer<typeof envSchema> & { dataDir: string };

/** Reads the environment once; nothing else in the app reads process.env. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (`DATABASE_URL=`) means unset, as in most tools.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return { ...parsed.data, dataDir: path.resolve(parsed.data.TEND_DATA_DIR) };
}

export class ConfigError extends Error {}
