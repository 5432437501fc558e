import { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { errorResponse } from '../../shared/common.ts';
import type { AppEnv } from '../context.ts';
import { AppError, zodDetails } from '../errors.ts';

/** A module router whose validation failures answer in Tend's error shape. */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (result.success) return;
      // A malformed id in the path names no record: that is "not found", not a form error.
      if (result.target === 'param') throw new AppError('not_found', 'No record has this id');
      const where = result.target === 'json' ? 'request body' : result.target;
      throw new AppError('validation_failed', `The ${where} is not valid`, zodDetails(result.error));
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

export const idParam = z.object({ id: z.uuid() });

export function dataOf<T extends z.ZodType>(item: T) {
  return z.object({ data: z.array(item) });
}
