import { OpenAPIHono } from '@hono/zod-openapi';
import type { z } from 'zod';
import { errorResponse } from '../../shared/common.ts';
import { localeFromHeader, localizeIssue } from '../../shared/messages/translate.ts';
import type { AppEnv } from '../context.ts';
import { AppError } from '../errors.ts';

/** A module router whose validation failures answer in Tend's error shape. */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (result.success) return;
      // A malformed id in the path names no record: that is "not found", not a form error.
      if (result.target === 'param') throw new AppError('not_found', 'No record has this id');
      const where = result.target === 'json' ? 'request body' : result.target;
      // Localized here, where the rejected input still is: zod's translations need it.
      const locale = localeFromHeader(c.req.header('accept-language'));
      const details = result.error.issues.map((i) => ({
        path: i.path.map(String),
        message: localizeIssue(i, valueAt((result as { data?: unknown }).data, i.path), locale),
        code: i.code,
      }));
      const error = new AppError('validation_failed', `The ${where} is not valid`, details);
      error.detailsLocalized = true;
      throw error;
    },
  });
}

export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
});

export const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

const err = (description: string) => json(errorResponse, description);

export const errors = {
  401: err('Not logged in, or the API key is invalid'),
  403: err('The role or API key scope does not allow this'),
  422: err('The input is not valid; details list each problem'),
};
export const notFoundError = { 404: err('No record has this id') };
export const conflictError = { 409: err('Conflicts with an existing record') };
export const noContent = { 204: { description: 'Done' } };

/** The part of a request's input an issue's path points at. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let at = input;
  for (const key of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return at;
}
