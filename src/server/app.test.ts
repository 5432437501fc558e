import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test/harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

describe('public endpoints', () => {
  it('GET /healthz answers ok after asking the database', async () => {
    const res = await t.anonymous.get('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('GET /openapi.json is an OpenAPI 3.1 document with the accounts paths and the error shape', async () => {
    const res = await t.anonymous.get('/openapi.json');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const doc = JSON.parse(await res.text());
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.title).toBe('Tend API');
    expect(Object.keys(doc.paths['/api/accounts'])).toEqual(expect.arrayContaining(['get', 'post']));
    expect(Object.keys(doc.paths['/api/accounts/{id}'])).toEqual(
      expect.arrayContaining(['get', 'patch', 'delete']),
    );
    expect(doc.components.securitySchemes.apiKey).toEqual({ type: 'http', scheme: 'bearer' });
    const created = doc.paths['/api/accounts'].post;
    expect(created.requestBody.content['application/json'].schema).toBeDefined();
    expect(Object.keys(created.responses)).toEqual(
      expect.arrayContaining(['201', '401', '403', '409', '422']),
    );
  });

  it('GET /docs serves the Swagger UI page pointing at /openapi.json', async () => {
    const res = await t.anonymous.get('/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toMatch(/<html/i);
    // The start-up script is a file, not inline, so the page runs under a policy without inline script.
    expect(html).toContain('<script src="/docs/init.js">');
    expect(await (await t.anonymous.get('/docs/init.js')).text()).toContain("url: '/openapi.json'");
  });

  it('answers an unknown /api route with 404 in the error shape once logged in', async () => {
    const viewer = await t.as('viewer');
    const res = await viewer.get('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      error: { code: 'not_found', message: expect.any(String), details: null },
    });
    expect((await t.anonymous.get('/api/nothing-here')).status).toBe(401);
  });

  it('sends security headers', async () => {
    const res = await t.anonymous.get('/healthz');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });
});
