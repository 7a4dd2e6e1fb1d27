/**
 * Documents rendered as jobs, on both engines: the job's file is the document the render at once gives
 * (HTML and Word; the cover's "Skapad …" line aside), its progress counts the template's sections up to all
 * of them, and a bad request is refused in Swedish before any job is queued.
 */
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/app-harness.ts';
import { systemContext } from '../../../app.ts';
import { loadDemoIfEmpty } from '../../../demo/load-demo.ts';
import { buildDocument, checkRenderRequest } from '../document-service.ts';
import { runRenderJob } from '../render-job.ts';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
  await loadDemoIfEmpty(t.database.db);
}, 120_000);
afterAll(async () => {
  await t?.close();
});

interface JobBody {
  id: string;
  kind: string;
  status: string;
  done: number;
  total: number | null;
  message: string | null;
  result: { fileId: string; name: string; mediaType: string; bytes: number } | null;
  error: { message: string } | null;
}

async function finished(id: string): Promise<JobBody> {
  for (let tries = 0; tries < 600; tries += 1) {
    const job = await t.request<JobBody>('GET', `/api/v1/jobs/${id}`);
    expect(job.status).toBe(200);
    if (job.body.status === 'succeeded' || job.body.status === 'failed') {
      return job.body;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`job ${id} did not finish`);
}

async function renderJobs(): Promise<number> {
  return (await t.request<JobBody[]>('GET', '/api/v1/jobs?kind=documents.render')).body.length;
}

/** The cover's "Skapad 2 december 2026 ur Verksam" – the one thing two renders may differ in. */
const withoutCreated = (text: string) => text.replace(/Skapad [^<]*? ur Verksam/g, 'Skapad … ur Verksam');

describe('a document rendered as a job', () => {
  it('stores the HTML the render at once gives, under its Swedish name, and counts its sections to the end', async () => {
    const started = await t.request<JobBody>('POST', '/api/v1/documents/render-jobs', {
      unitId: 'VSS',
      year: 2019,
      type: 'annual',
      format: 'html',
    });
    expect(started.status, JSON.stringify(started.body)).toBe(202);
    expect(started.body.kind).toBe('documents.render');
    const job = await finished(started.body.id);
    expect(job.error).toBeNull();
    expect(job.status).toBe('succeeded');
    expect(job.total).toBeGreaterThan(1);
    expect(job.done).toBe(job.total);
    expect(job.result).toMatchObject({
      name: 'Verksamhetsberättelse 2019 VSS.html',
      mediaType: 'text/html; charset=utf-8',
    });
    const file = await t.inject({ method: 'GET', url: `/api/v1/documents/render-jobs/${job.id}/file` });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(file.headers['content-disposition']).toBe(
      'inline; filename="verksamhetsberattelse-2019-VSS.html"; ' +
        "filename*=UTF-8''Verksamhetsber%C3%A4ttelse%202019%20VSS.html",
    );
    expect(file.rawPayload.length).toBe(job.result?.bytes);
    const now = await t.inject({
      method: 'GET',
      url: '/api/v1/documents/render?unitId=VSS&year=2019&type=annual',
    });
    expect(now.statusCode).toBe(200);
    expect(file.body).toContain('<h1>Verksamhetsberättelse 2019</h1>');
    expect(withoutCreated(file.body)).toBe(withoutCreated(now.body));
  });

  it('stores the Word file the render at once gives', async () => {
    const started = await t.request<JobBody>('POST', '/api/v1/documents/render-jobs', {
      unitId: 'VSS',
      year: 2019,
      type: 'annual',
      format: 'docx',
    });
    expect(started.status).toBe(202);
    const job = await finished(started.body.id);
    expect(job.status, job.error?.message).toBe('succeeded');
    expect(job.result?.name).toBe('Verksamhetsberättelse 2019 VSS.docx');
    const file = await t.inject({ method: 'GET', url: `/api/v1/documents/render-jobs/${job.id}/file` });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-disposition']).toMatch(/^attachment; /);
    const now = await t.inject({
      method: 'GET',
      url: '/api/v1/documents/render?unitId=VSS&year=2019&type=annual&format=docx',
    });
    // The document's paragraphs' styles and texts in order (bookmark ids count up from render to render).
    const bodyOf = async (bytes: Buffer) => {
      const xml = (await (await JSZip.loadAsync(bytes)).file('word/document.xml')?.async('string')) ?? '';
      return [
        ...withoutCreated(xml).matchAll(/<w:pStyle w:val="([^"]+)"\/>|<w:t[^>]*>([^<]*)<\/w:t>|<w:tr>/g),
      ]
        .map((match) => (match[0] === '<w:tr>' ? '|' : match[1] ? `[${match[1]}]` : (match[2] ?? '')))
        .join('');
    };
    const fromJob = await bodyOf(file.rawPayload);
    expect(fromJob).toContain('[Title]Verksamhetsberättelse 2019');
    expect(fromJob).toContain('[Heading2]Förvaltningens uppdrag');
    expect(fromJob === (await bodyOf(now.rawPayload))).toBe(true);
  });

  it('reports the municipality-wide compilation unit by unit, done rising to the total', async () => {
    const ctx = systemContext(t.database.db);
    const seen: [number, number][] = [];
    await buildDocument(ctx, { unitId: 'LINKOPING', year: 2019, type: 'municipal' }, (done, total) =>
      seen.push([done, total]),
    );
    const total = seen[0]?.[1] ?? 0;
    // A section per board and förvaltning besides the municipality's own: more than a handful.
    expect(total).toBeGreaterThan(5);
    expect(seen.every(([, each]) => each === total)).toBe(true);
    expect(seen.map(([done]) => done)).toEqual(Array.from({ length: total + 1 }, (_, index) => index));
  });

  it('refuses a bad request in Swedish before any job is queued', async () => {
    const before = await renderJobs();
    const unknown = await t.request<{ error: { message: string } }>('POST', '/api/v1/documents/render-jobs', {
      unitId: 'FINNS-INTE',
      year: 2019,
      type: 'annual',
      format: 'pdf',
    });
    expect(unknown.status).toBeGreaterThanOrEqual(400);
    expect(unknown.status).toBeLessThan(500);
    expect(unknown.body.error.message).toContain('FINNS-INTE');
    const rounds = await t.request<{ id: string; year: number; name: string }[]>(
      'GET',
      '/api/v1/planning/rounds',
    );
    const round2023 = rounds.body.find((round) => round.year === 2023);
    const otherYear = await t.request<{ error: { message: string } }>(
      'POST',
      '/api/v1/documents/render-jobs',
      {
        unitId: 'VSS',
        year: 2019,
        type: 'annual',
        roundId: round2023?.id,
        format: 'html',
      },
    );
    expect(otherYear.status).toBe(422);
    expect(otherYear.body.error.message).toBe(
      `Uppföljningstillfälle: ”${round2023?.name}” hör inte till 2019. Välj ett uppföljningstillfälle för 2019.`,
    );
    const badFormat = await t.request('POST', '/api/v1/documents/render-jobs', {
      unitId: 'VSS',
      year: 2019,
      type: 'annual',
      format: 'odt',
    });
    expect(badFormat.status).toBe(400);
    expect(await renderJobs()).toBe(before);
    // Without Chromium a PDF is refused by the same check the render at once makes.
    const ctx = systemContext(t.database.db);
    const noChromium = { executablePath: '/finns/inte/chromium' } as Parameters<typeof checkRenderRequest>[1];
    await expect(
      checkRenderRequest(ctx, noChromium, { unitId: 'VSS', year: 2019, type: 'annual', format: 'pdf' }),
    ).rejects.toThrow(/PDF kan inte skapas/);
    // And a job that meets it when it runs (Chromium removed meanwhile) fails with the same Swedish message.
    const payload = { unitId: 'VSS', year: 2019, type: 'annual', format: 'pdf' };
    await expect(runRenderJob(ctx, noChromium, payload, () => {})).rejects.toThrow(/PDF kan inte skapas/);
  });

  it('serves only a finished render job’s file', async () => {
    const missing = await t.request<{ error: { message: string } }>(
      'GET',
      '/api/v1/documents/render-jobs/00000000-0000-4000-8000-000000000000/file',
    );
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toContain('Det finns inget dokumentjobb');
  });
});
