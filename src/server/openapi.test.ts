// The API must not change by accident: the OpenAPI document (paths, methods, parameters, bodies, responses,
// component schemas) and the route list are compared with src/server/openapi.snapshot.json. After an intended
// change, run `npm run openapi:snapshot` and commit the new file with the change.
import { beforeAll, describe, expect, it } from 'vitest';
import { type ApiSnapshot, apiSnapshot, readSnapshot } from './test/openapi-snapshot.ts';

describe('the API contract', () => {
  let now: ApiSnapshot;
  const committed = readSnapshot();
  beforeAll(async () => {
    now = await apiSnapshot();
  });

  it('serves the same routes as the snapshot', () => {
    expect(now.routes).toEqual(committed.routes);
  });

  it('describes the same OpenAPI document as the snapshot', () => {
    expect(now.openapi).toEqual(committed.openapi);
  });
});
