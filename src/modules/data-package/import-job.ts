/**
 * Importing a package of any size: the bytes are streamed and spooled one list per file
 * (platform/json-spool.ts), then imported batch by batch, reporting progress. The CLI runs this where it
 * stands when no server runs; the server runs it as a job (kind "dataPackage.import") on an uploaded file.
 */
import { findFile, readFile } from '#platform/files.ts';
import type { Progress } from '#platform/jobs.ts';
import { type ByteStream, JsonStreamError, spoolJson } from '#platform/json-spool.ts';
import type { Ctx } from '../context.ts';
import type { ModuleJobHandler } from '../module-definition.ts';
import type { AnySection, ImportOptions } from '../package-section.ts';
import { PACKAGE_LISTS } from './contract.ts';
import { type ImportReport, importPackage } from './import-service.ts';
import { packageErrors } from './messages.sv.ts';
import { spooledSource } from './source.ts';

export const IMPORT_JOB = 'dataPackage.import';

/** Nesting a package never needs: deeper input is refused before it is assembled. */
const MAX_DEPTH = 32;

export async function importPackageStream(
  ctx: Ctx,
  input: ByteStream,
  sections: readonly AnySection[],
  options: ImportOptions & { size?: number; progress?: Progress },
): Promise<ImportReport> {
  const { progress } = options;
  const spooled = await spoolJson(input, {
    maxDepth: MAX_DEPTH,
    onBytes: (bytes) => progress?.(bytes, options.size ?? null, 'Läser paketet …'),
  }).catch((error: unknown) => {
    throw error instanceof JsonStreamError ? packageErrors.unreadable(error.message) : error;
  });
  try {
    return await importPackage(ctx, spooledSource(spooled, Object.keys(PACKAGE_LISTS)), sections, {
      ...options,
      onProgress: (done, total) =>
        progress?.(done, total, options.dryRun ? 'Kontrollerar posterna …' : 'Läser in posterna …'),
    });
  } finally {
    await spooled.close();
  }
}

export interface ImportJobPayload {
  readonly fileId: string;
  readonly dryRun: boolean;
  readonly allowOtherMunicipality: boolean;
}

export function importJobHandler(sections: () => readonly AnySection[]): ModuleJobHandler {
  return async (ctx, { job, progress }) => {
    const payload = job.payload as ImportJobPayload;
    const file = await findFile(ctx.db, payload.fileId);
    return importPackageStream(ctx, readFile(ctx.db, file.id), sections(), {
      dryRun: payload.dryRun,
      allowOtherMunicipality: payload.allowOtherMunicipality,
      size: file.size,
      progress,
    });
  };
}
