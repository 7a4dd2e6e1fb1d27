/**
 * The demo's texts on both engines: VSS's verksamhetsberättelse 2019 prints the texts transcribed from seed
 * 002 under their headings, and still marks the ones nobody has written (Framåtblick).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/app-harness.ts';
import { loadDemoIfEmpty } from '../../../demo/load-demo.ts';
import type { UnitNarrativesDto } from '../contract.ts';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
  await loadDemoIfEmpty(t.database.db);
}, 180_000);
afterAll(async () => {
  await t?.close();
});

describe('the demo’s texts', () => {
  it('are written for VSS in the closing round 2019 and printed in its annual report', async () => {
    const rounds = await t.request<{ id: string; kind: string }[]>(
      'GET',
      '/api/v1/planning/rounds?year=2019',
    );
    const closing = rounds.body.find((round) => round.kind === 'closing');
    const list = await t.request<UnitNarrativesDto>(
      'GET',
      `/api/v1/narratives?orgUnit=VSS&year=2019&round=${closing?.id}`,
    );
    expect(list.status, JSON.stringify(list.body)).toBe(200);
    expect(list.body.texts.filter((slot) => slot.state === 'written').map((slot) => slot.key)).toEqual([
      'mission',
      'overallAssessment',
      'decisionsAndEvents',
      'economyAnalysis',
      'statementAnalysis',
    ]);
    const page = await t.inject({
      method: 'GET',
      url: '/api/v1/documents/render?unitId=VSS&year=2019&type=annual',
    });
    expect(page.statusCode, page.body).toBe(200);
    expect(page.body).toContain('Kontakt Linköping har startat');
    expect(page.body).toContain('<li>');
    expect(page.body).not.toContain('Text saknas: Viktiga beslut och händelser');
    expect(page.body).not.toContain('Text saknas: Förvaltningens uppdrag');
    expect(page.body).toContain('Text saknas: Framåtblick');
  });
});
