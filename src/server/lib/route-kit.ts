// The one way to declare a route. A feature router fills what every route repeats (tags, the permission
// guard, the standard error responses, the response envelope) so that a route file is a list of routes with
// their handlers. The route type is computed from the spec, so `c.req.valid(...)` and the handler's
// `c.json(...)` stay checked against the zod schemas as with a hand-written `createRoute`.
import { createRoute, type RouteConfig, type RouteHandler } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../context.ts';
import { requirePermission } from '../modules/auth/authenticate.ts';
import type { Permission } from '../modules/auth/permissions.ts';
import { conflictError, createRouter, errors, json, jsonBody, noContent, notFoundError } from './openapi.ts';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Responses = RouteConfig['responses'];
/** What zod-openapi accepts for path and query parameters: an object schema (or a pipe from one). */
type Parameters = NonNullable<NonNullable<RouteConfig['request']>['params']>;

export interface RouteSpec {
  summary: string;
  description?: string;
  /**
   * Who may call: a permission (checked by requirePermission), another guard middleware, or null for a route
   * any logged-in caller may use (or a public path the app lets through unauthenticated).
   */
  permission: Permission | MiddlewareHandler<AppEnv> | null;
  params?: Parameters;
  query?: Parameters;
  body?: z.ZodType;
  /** The JSON answer; without it (and without `files`) the route answers 204 with no body. */
  response?: z.ZodType;
  /** The success status of a route with a response: 200 unless given. */
  status?: 200 | 201 | 202;
  /** What the success response is, for the docs. */
  returns?: string;
  /** A download: the content types it may answer with (the body is not JSON). */
  files?: readonly string[];
  /** 404 is documented for any path with a parameter; this adds it where a body names a record. */
  notFound?: boolean;
  /** Documents 409: the write can conflict with an existing record. */
  conflict?: boolean;
  /** Replaces the standard 401/403/422(/404/409) responses, for routes outside the session/key scheme. */
  errors?: Responses;
}

type Part<S, K extends string> = S extends { [P in K]: infer X extends z.ZodType } ? X : undefined;
type Body<S> = S extends { body: infer B extends z.ZodType }
  ? { required: true; content: { 'application/json': { schema: B } } }
  : undefined;
type SuccessStatus<S> = S extends { status: infer N extends number } ? N : 200;
type Success<S> = S extends { response: infer R extends z.ZodType }
  ? { [N in SuccessStatus<S>]: { description: string; content: { 'application/json': { schema: R } } } }
  : S extends { files: readonly (infer T extends string)[] }
    ? { 200: { description: string; content: { [K in T]: { schema: z.ZodString } } } }
    : { 204: { description: string } };

/** The route config a spec stands for, as @hono/zod-openapi's types see it. */
export type KitRoute<M extends Method, P extends string, S extends RouteSpec> = {
  method: M;
  path: P;
  request: { params: Part<S, 'params'>; query: Part<S, 'query'>; body: Body<S> };
  responses: Success<S>;
};

type KitHandler<M extends Method, P extends string, S extends RouteSpec> = RouteHandler<
  KitRoute<M, P, S>,
  AppEnv
>;

export class FeatureRouter {
  /** The sub-app to mount under the feature's path (`api.route('/contracts', …)`). */
  readonly app = createRouter();

  constructor(private readonly tags: string[]) {}

  get<P extends string, const S extends RouteSpec>(path: P, spec: S, handler: KitHandler<'get', P, S>) {
    return this.add('get', path, spec, handler);
  }

  post<P extends string, const S extends RouteSpec>(path: P, spec: S, handler: KitHandler<'post', P, S>) {
    return this.add('post', path, spec, handler);
  }

  put<P extends string, const S extends RouteSpec>(path: P, spec: S, handler: KitHandler<'put', P, S>) {
    return this.add('put', path, spec, handler);
  }

  patch<P extends string, const S extends RouteSpec>(path: P, spec: S, handler: KitHandler<'patch', P, S>) {
    return this.add('patch', path, spec, handler);
  }

  delete<P extends string, const S extends RouteSpec>(path: P, spec: S, handler: KitHandler<'delete', P, S>) {
    return this.add('delete', path, spec, handler);
  }

  private add(method: Method, path: string, spec: RouteSpec, handler: unknown): this {
    const guard = typeof spec.permission === 'string' ? requirePermission(spec.permission) : spec.permission;
    const route = createRoute({
      method,
      path,
      tags: this.tags,
      summary: spec.summary,
      ...(spec.description ? { description: spec.description } : {}),
      ...(guard ? { middleware: [guard] } : {}),
      ...(spec.params || spec.query || spec.body ? { request: requestOf(spec) } : {}),
      responses: { ...successOf(spec), ...(spec.errors ?? standardErrors(path, spec)) },
    });
    // The public signatures above carry the precise route type; here it is the same object, seen loosely.
    this.app.openapi(route, handler as never);
    return this;
  }
}

/** A router for one feature's paths, mounted under its own prefix. */
export const featureRouter = (options: { tags: string[] }) => new FeatureRouter(options.tags);

function requestOf(spec: RouteSpec) {
  return {
    ...(spec.params ? { params: spec.params } : {}),
    ...(spec.query ? { query: spec.query } : {}),
    ...(spec.body ? { body: jsonBody(spec.body) } : {}),
  };
}

function successOf(spec: RouteSpec): Responses {
  if (spec.response) return { [spec.status ?? 200]: json(spec.response, spec.returns ?? 'OK') };
  if (spec.files) {
    const content = Object.fromEntries(spec.files.map((type) => [type, { schema: z.string() }]));
    return { 200: { description: spec.returns ?? 'The file', content } };
  }
  return noContent;
}

function standardErrors(path: string, spec: RouteSpec): Responses {
  return {
    ...errors,
    ...(path.includes('{') || spec.notFound ? notFoundError : {}),
    ...(spec.conflict ? conflictError : {}),
  };
}
