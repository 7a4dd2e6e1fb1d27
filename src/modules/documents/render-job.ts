/**
 * A document rendered as a job (docs/adr/0027-documents.md, "Renders as jobs"): the request is checked and
 * refused in Swedish before it is queued; the job builds the document reporting its sections as they are
 * done ("3 av 18 avsnitt klara"), renders the format, stores the bytes in the file store and finishes with
 * the stored file, which `GET /documents/render-jobs/:id/file` serves under its Swedish name.
 */
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

/** The file a finished render job stored, with its Swedish name; refused while the job is not done. */
export async function renderJobFile(ctx: Ctx, id: string) {
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
  const result = renderJobResultSchema.parse(job.result);
  await findFile(ctx.db, result.fileId);
  return { ...result, format: result.name.slice(result.name.lastIndexOf('.') + 1) };
}
