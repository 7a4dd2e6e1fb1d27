/**
 * Documents rendered as jobs, on both engines: the job's file is the document the render at once gives
 * (HTML and Word; the cover's "Skapad …" line aside), its progress counts the template's sections up to all
 * of them, and a bad request is refused in Swedish before any job is queued. The file is removed 24 hours
 * after the render (an injected clock, no waiting), and nothing else in the store or a frozen version is.
 */
import JSZip from 'jszip';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/app-harness.ts';
import { systemContext } from '../../../app.ts';
import { loadDemoIfEmpty } from '../../../demo/load-demo.ts';
import { runHousekeeping } from '../../../platform/housekeeping.ts';
import { enqueueJob } from '../../../platform/jobs.ts';
import { allHousekeeping } from '../../registry.ts';
import { buildDocument, checkRenderRequest } from '../document-service.ts';
import {
  RENDER_FILE_RETENTION_HOURS,
  removeExpiredRenderFiles,
  renderJobFile,
  runRenderJob,
} from '../render-job.ts';
import { saveDraftVersion } from '../version-service.ts';

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

const HOUR_MS = 60 * 60 * 1000;
const REMOVED = 'Filen har tagits bort efter 24 timmar; skapa dokumentet igen.';

/** VSS's verksamhetsberättelse 2019 rendered as a job to the end. */
async function renderedJob(format = 'html'): Promise<JobBody & { finishedAt: string }> {
  const started = await t.request<JobBody>('POST', '/api/v1/documents/render-jobs', {
    unitId: 'VSS',
    year: 2019,
    type: 'annual',
    format,
  });
  expect(started.status, JSON.stringify(started.body)).toBe(202);
  const job = await finished(started.body.id);
  expect(job.status, job.error?.message).toBe('succeeded');
  return job as JobBody & { finishedAt: string };
}

/** The moment `hours` after the job finished. */
const hoursAfter = (job: { finishedAt: string }, hours: number) =>
  new Date(Date.parse(job.finishedAt) + hours * HOUR_MS);

async function fileStored(id: string | undefined): Promise<{ files: number; chunks: number }> {
  const { rows } = await sql<{ files: number; chunks: number }>`
    select (select count(*)::int from stored_file where id = ${id}) as files,
           (select count(*)::int from stored_file_chunk where file_id = ${id}) as chunks`.execute(
    t.database.db,
  );
  return rows[0] ?? { files: -1, chunks: -1 };
}

/** What the API answers for a render job's file: its status, and the Swedish message of a refusal. */
async function fetchFile(id: string): Promise<{ status: number; message: string | null }> {
  const response = await t.inject({ method: 'GET', url: `/api/v1/documents/render-jobs/${id}/file` });
  return {
    status: response.statusCode,
    message: response.statusCode === 200 ? null : JSON.parse(response.body).error.message,
  };
}

/** Makes every render job that stored this file finished a day and an hour ago. */
async function ageJobsOf(fileId: string | undefined) {
  await sql`update job set finished_at = finished_at - interval '25 hours'
            where kind = 'documents.render' and result ->> 'fileId' = ${fileId}`.execute(t.database.db);
}

describe('a render job’s file', () => {
  it('is kept for 24 hours, then removed with its chunks and refused in Swedish', async () => {
    expect(RENDER_FILE_RETENTION_HOURS).toBe(24);
    const job = await renderedJob();
    const fileId = job.result?.fileId;
    const ctx = systemContext(t.database.db);
    expect((await fileStored(fileId)).chunks).toBeGreaterThan(0);
    // A minute short of a day: nothing goes, and the file is served.
    expect(await removeExpiredRenderFiles(t.database.db, hoursAfter(job, 24 - 1 / 60))).toBe(0);
    await expect(renderJobFile(ctx, job.id, hoursAfter(job, 23.9))).resolves.toMatchObject({ fileId });
    expect((await fetchFile(job.id)).status).toBe(200);
    // A day after: the file and its chunks are gone, and fetching it says why.
    expect(await removeExpiredRenderFiles(t.database.db, hoursAfter(job, 24))).toBeGreaterThanOrEqual(1);
    expect(await fileStored(fileId)).toEqual({ files: 0, chunks: 0 });
    await expect(renderJobFile(ctx, job.id, hoursAfter(job, 24))).rejects.toThrow(REMOVED);
    // Through the API, once the job is a day old by the server's own clock: 404 with the message, not 500.
    await ageJobsOf(fileId);
    expect(await fetchFile(job.id)).toEqual({ status: 404, message: REMOVED });
    // The job itself stays: it is the record of what was made.
    expect((await t.request<JobBody>('GET', `/api/v1/jobs/${job.id}`)).body.status).toBe('succeeded');
  });

  it('is refused after 24 hours even before the clean-up has run', async () => {
    const job = await renderedJob('docx');
    const ctx = systemContext(t.database.db);
    await expect(renderJobFile(ctx, job.id, hoursAfter(job, 24))).rejects.toThrow(REMOVED);
    expect((await fileStored(job.result?.fileId)).files).toBe(1);
  });

  it('stays while a later render of the same bytes still needs it', async () => {
    // The same HTML rendered twice on a day is one stored file, referred to by both jobs.
    const first = await renderedJob();
    const second = await renderedJob();
    expect(second.id).not.toBe(first.id);
    expect(second.result?.fileId).toBe(first.result?.fileId);
    await sql`update job set finished_at = finished_at - interval '25 hours' where id = ${first.id}`.execute(
      t.database.db,
    );
    await removeExpiredRenderFiles(t.database.db, new Date());
    expect((await fileStored(first.result?.fileId)).files).toBe(1);
    expect(await fetchFile(first.id)).toEqual({ status: 404, message: REMOVED });
    expect((await fetchFile(second.id)).status).toBe(200);
    await removeExpiredRenderFiles(t.database.db, hoursAfter(second, 24));
    expect((await fileStored(first.result?.fileId)).files).toBe(0);
  });

  it('stays while another job was given it, and other stored files are never touched', async () => {
    const job = await renderedJob('xlsx');
    const fileId = job.result?.fileId;
    // Uploaded bytes equal to a rendered file are that file: an import given them must still find them.
    const ctx = systemContext(t.database.db);
    await enqueueJob(t.database.db, ctx.actor, {
      kind: 'test.notRun',
      scope: `uses ${fileId}`,
      payload: { fileId },
    });
    const uploaded = await t.inject({
      method: 'POST',
      url: '/api/v1/files?name=huvudbok.se',
      headers: { 'content-type': 'text/plain' },
      payload: Buffer.from('#FLAGGA 0\r\n', 'utf8'),
    });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const uploadedId = JSON.parse(uploaded.body).id as string;
    await removeExpiredRenderFiles(t.database.db, hoursAfter(job, 24 * 365));
    expect((await fileStored(fileId)).files).toBe(1);
    expect((await fileStored(uploadedId)).files).toBe(1);
  });

  it('is removed by the server’s hourly housekeeping, without the clock being turned', async () => {
    const old = await renderedJob('xlsx');
    await ageJobsOf(old.result?.fileId);
    await sql`delete from job where kind = 'test.notRun'`.execute(t.database.db);
    await runHousekeeping(t.database.db, allHousekeeping());
    expect((await fileStored(old.result?.fileId)).files).toBe(0);
  });

  it('never touches a frozen document version, which keeps its snapshot in its own row', async () => {
    const ctx = systemContext(t.database.db);
    const model = await buildDocument(ctx, { unitId: 'VSS', year: 2019, type: 'annual' });
    const draft = await saveDraftVersion(ctx, {
      ...model,
      blocks: model.blocks.filter((block) => !(block.kind === 'notice' && block.placeholder)),
    });
    let version = draft.version;
    for (const action of ['submit', 'approve']) {
      const moved = await t.request<{ version: number; state: string }>(
        'POST',
        `/api/v1/documents/versions/${draft.id}/actions`,
        { action, version },
      );
      expect(moved.status, JSON.stringify(moved.body)).toBe(200);
      version = moved.body.version;
    }
    const snapshot = async () =>
      (
        await sql<{ state: string; sums: string }>`
          select state, md5(coalesce(html, '') || coalesce(encode(pdf, 'hex'), '') || model_json::text) as sums
          from document_version where id = ${draft.id}`.execute(t.database.db)
      ).rows[0];
    const before = await snapshot();
    expect(before?.state).toBe('approved');
    await renderedJob();
    await removeExpiredRenderFiles(t.database.db, new Date(Date.now() + 24 * 365 * HOUR_MS));
    expect(await snapshot()).toEqual(before);
    const opened = await t.inject({ method: 'GET', url: `/api/v1/documents/versions/${draft.id}/file` });
    expect(opened.statusCode).toBe(200);
    expect(opened.headers['x-verksam-integrity']).toBeUndefined();
  });
});
