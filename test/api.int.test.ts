/**
 * The API as a whole: the OpenAPI document describes every route, and no bad input anywhere produces a 500.
 * fuzz.int.test.ts goes much further with hostile input; this is the quick check of the common mistakes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './app-harness.ts';
import { notSwedishBecause } from './support/swedish.ts';

interface OpenApi {
  openapi: string;
  paths: Record<
    string,
    Record<string, { operationId?: string; requestBody?: unknown; parameters?: { in: string }[] }>
  >;
  components: { schemas: Record<string, unknown> };
}

let t: TestApp;
let doc: OpenApi;
beforeAll(async () => {
  t = await startTestApp();
  doc = (await t.request<OpenApi>('GET', '/api/openapi.json')).body;
});
afterAll(async () => {
  await t?.close();
});

const operations = () =>
  Object.entries(doc.paths).flatMap(([route, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({
      route,
      method: method.toUpperCase(),
      operation,
    })),
  );

describe('the API', () => {
  it('is described by OpenAPI 3 with named schemas and a unique operation id per route', async () => {
    expect(doc.openapi).toBe('3.0.3');
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining([
        'OrgUnit',
        'Goal',
        'Indicator',
        'Target',
        'Outcome',
        'Assessment',
        'GoalSheet',
      ]),
    );
    const ids = operations().map(({ operation }) => operation.operationId);
    expect(ids.every((id) => typeof id === 'string')).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['goals.sheet', 'dataPackage.export', 'assessments.save']));
    const docs = await t.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-type']).toContain('text/html');
  });

  it('answers every kind of bad input with a 4xx and a Swedish message, never a 500', async () => {
    const id = '6f0c5b1e-3c4d-4e5f-8a9b-0c1d2e3f4a5b';
    const bodies: unknown[] = [{}, [], 'text', 42, null, { name: '', version: 'x', year: -1, unknown: true }];
    for (const { route, method } of operations()) {
      const url = `/api${route.replace(/^\/api/, '')}`
        .replace(':ref', 'FINNSINTE')
        .replace(':entity', 'goals')
        .replace(/:[a-zA-Z]+/g, id);
      const queries = ['', '?year=abc&orgUnit=&round=x&version=y&org=FINNSINTE'];
      for (const query of queries) {
        for (const body of method === 'GET' || method === 'DELETE' ? [undefined] : bodies) {
          const response = await t.inject({
            method: method as 'GET',
            url: `${url}${query}`,
            ...(body === undefined
              ? {}
              : { payload: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
          });
          const context = `${method} ${url}${query} ${JSON.stringify(body)} → ${response.statusCode} ${response.body.slice(0, 300)}`;
          expect(response.statusCode, context).toBeLessThan(500);
          if (response.statusCode >= 400) {
            expect(notSwedishBecause(JSON.parse(response.body).error.message), context).toBeNull();
          }
        }
      }
    }
  });
});
