/**
 * A document rendered as a job (docs/adr/0027-documents.md, "Renders as jobs"): the request is checked and
 * refused in Swedish before it is queued; the job builds the document reporting its sections as they are
 * done ("3 av 18 avsnitt klara"), renders the format, stores the bytes in the file store and finishes with
 * the stored file, which `GET /documents/render-jobs/:id/file` serves under its Swedish name for
 * RENDER_FILE_RETENTION_HOURS; every render job first removes the files of renders older than that.
 */
import { sql } from 'kysely';
import { DomainError } from '#core/errors.ts';
import { findFile, storeFile } from '#platform/files.ts';
import { enqueueJob, findJob, type Job, jobErrors, listJobs } from '#platform/jobs.ts';
import { type PdfRenderer, sharedPdfRenderer } from '#platform/pdf.ts';
import type { Ctx } from '../context.ts';
import type { ModuleJobHandler } from '../module-definition.ts';
import {
  type DocumentFormat,
  type RenderJobResult,
  renderJobRequestSchema,
  renderJobResultSchema,
} from './contract.ts';
import { checkRenderRequest, type RenderRequest, renderDocument } from './document-service.ts';
import { documentsErrors as errors } from './messages.sv.ts';

export const DOCUMENT_RENDER_JOB = 'documents.render';

/**
 * How long a background render's file is kept. Such a file is made to be fetched now – the page follows the
 * job and links to the file – not to be kept: a document to keep is a version, whose frozen snapshot lies
 * in its own row (document_version) and is never touched here. A day lets a render started in the evening
 * be fetched the next morning, while municipality-wide PDFs of tens of megabytes do not pile up in the
 * database and in every backup of it.
 */
export const RENDER_FILE_RETENTION_HOURS = 24;
const RETENTION_MS = RENDER_FILE_RETENTION_HOURS * 60 * 60 * 1000;

/** Whether a render job that finished at `finishedAt` has had its file removed by `now`. */
function expired(finishedAt: string | null, now: Date): boolean {
  return finishedAt !== null && Date.parse(finishedAt) + RETENTION_MS <= now.getTime();
}

/** What the job says it does once every section is done. */
const FINISHING: Readonly<Record<DocumentFormat, string>> = {
  html: 'Skapar webbsidan …',
  pdf: 'Skriver ut PDF-filen …',
  docx: 'Skapar Word-filen …',
  xlsx: 'Skapar Excel-filen …',
};

/** Builds, renders and stores the document the job's payload asks for; its result is the stored file. */
export async function runRenderJob(
  ctx: Ctx,
  pdf: PdfRenderer,
  payload: unknown,
  progress: (done: number, total: number | null, message?: string) => void,
): Promise<RenderJobResult> {
  const request = renderJobRequestSchema.parse(payload);
  const file = await renderDocument(ctx, pdf, request, {
    progress: (done, total) =>
      progress(done, total, done < total ? 'Skapar avsnitten …' : FINISHING[request.format]),
  });
  const stored = await storeFile(ctx.db, [file.bytes], {
    name: file.name,
    mediaType: file.mediaType,
    createdBy: ctx.actor.userId,
  });
  return {
    fileId: stored.id,
    name: file.name,
    asciiName: file.asciiName,
    mediaType: file.mediaType,
    bytes: stored.size,
  };
}

/**
 * Removes the stored files of render jobs that finished RENDER_FILE_RETENTION_HOURS or more before `now`,
 * with their chunks; returns how many. The store keeps one file for the same bytes (an HTML rendered twice
 * on a day is one file), so a file is kept while any job not yet expired refers to it – a later render of
 * the same bytes, or an import that was given the same bytes as an upload. The jobs' rows stay: they are
 * the record of what was made, and fetching the file again says it was removed. Document versions keep
 * their snapshots in their own rows, never in the store, so nothing here can reach a frozen version.
 */
export async function removeExpiredRenderFiles(db: Ctx['db'], now: Date): Promise<number> {
  // To the millisecond, as a JavaScript date and the job's finishedAt hold it, so that this and
  // renderJobFile agree on the very moment a file's time is out.
  const cutoff = new Date(now.getTime() - RETENTION_MS);
  const { rows } = await sql<{ id: string }>`
    delete from stored_file file
    where file.id in (select (job.result ->> 'fileId')::uuid from job
                      where job.kind = ${DOCUMENT_RENDER_JOB} and job.status = 'succeeded'
                        and date_trunc('milliseconds', job.finished_at) <= ${cutoff})
      and not exists (select from job other
                      where file.id::text in (other.result ->> 'fileId', other.payload ->> 'fileId')
                        and not (other.kind = ${DOCUMENT_RENDER_JOB} and other.status = 'succeeded'
                                 and date_trunc('milliseconds', other.finished_at) <= ${cutoff}))
    returning file.id`.execute(db);
  return rows.length;
}

/**
 * The server's housekeeping clears away the expired files every hour (the module's manifest). Fetching a
 * file goes by the job's age, not by whether that has run yet, so the 24 hours hold to the second either way.
 */
export const renderJobHandler: ModuleJobHandler = (ctx, { job, progress }) =>
  runRenderJob(ctx, sharedPdfRenderer(), job.payload, progress);

/**
 * Queues a render after the checks the render itself makes. The same document in the same format already
 * on its way is that job: following it is what the user wants, not a refusal.
 */
export async function startRenderJob(ctx: Ctx, pdf: PdfRenderer, request: RenderRequest): Promise<Job> {
  const { unit, round } = await checkRenderRequest(ctx, pdf, request);
  const payload = { ...request, unitId: unit.id, ...(round ? { roundId: round.id } : {}) };
  const scope = `${unit.code} ${request.year} ${request.type}${round ? ` ${round.name}` : ''} (${request.format})`;
  for (let tries = 0; ; tries += 1) {
    try {
      return await enqueueJob(ctx.db, ctx.actor, {
        kind: DOCUMENT_RENDER_JOB,
        scope,
        payload,
        message: 'Väntar på att börja skapa dokumentet.',
      });
    } catch (error) {
      if (!(error instanceof DomainError && error.code === jobErrors.already_running.code) || tries > 0) {
        throw error;
      }
      const running = (await listJobs(ctx.db, { kind: DOCUMENT_RENDER_JOB })).find(
        (job) => job.scope === scope && (job.status === 'queued' || job.status === 'running'),
      );
      if (running) {
        return findJob(ctx.db, running.id);
      }
    }
  }
}

/**
 * The file a finished render job stored, with its Swedish name; refused while the job is not done, and once
 * the file's time is out (`now`: the clock, given by tests).
 */
export async function renderJobFile(ctx: Ctx, id: string, now = new Date()) {
  const job = await findJob(ctx.db, id).catch((error: unknown) => {
    throw error instanceof DomainError && error.kind === 'not_found'
      ? errors.render_job_not_found(id)
      : error;
  });
  if (job.kind !== DOCUMENT_RENDER_JOB) {
    throw errors.render_job_not_found(id);
  }
  if (job.status !== 'succeeded') {
    throw errors.render_job_not_done(job.status === 'failed');
  }
  if (expired(job.finishedAt, now)) {
    throw errors.render_file_removed(RENDER_FILE_RETENTION_HOURS);
  }
  const result = renderJobResultSchema.parse(job.result);
  await findFile(ctx.db, result.fileId);
  return { ...result, format: result.name.slice(result.name.lastIndexOf('.') + 1) };
}
