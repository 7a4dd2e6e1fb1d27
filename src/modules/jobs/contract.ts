/**
 * The API of jobs and files: upload a file (a data package, later a ledger file), follow a job's progress,
 * fetch a file. The platform owns the queue and the store; this module only shows them.
 */
import { z } from 'zod';
import { defineOperations } from '#core/api.ts';
import { idField, lineText } from '#core/validation.ts';

export const storedFileSchema = z
  .object({
    id: idField,
    sha256: z.string(),
    name: z.string(),
    mediaType: z.string(),
    size: z.int(),
    createdAt: z.string(),
  })
  .meta({
    id: 'StoredFile',
    description: 'En uppladdad eller skapad fil, identifierad av id och innehållets SHA-256.',
  });

export const jobSchema = z
  .object({
    id: idField,
    kind: z.string(),
    scope: z.string(),
    status: z.enum(['queued', 'running', 'succeeded', 'failed']),
    done: z.int(),
    total: z.int().nullable(),
    message: z.string().nullable(),
    result: z.unknown(),
    error: z
      .object({ code: z.string(), message: z.string(), fields: z.array(z.unknown()).optional() })
      .nullable(),
    attempts: z.int(),
    actorName: z.string(),
    createdAt: z.string(),
    startedAt: z.string().nullable(),
    finishedAt: z.string().nullable(),
  })
  .meta({
    id: 'Job',
    description:
      'Ett jobb i kön: status (queued, running, succeeded, failed), hur långt det kommit (done av total), ' +
      'ett meddelande, och resultatet eller felet.',
  });
export type JobDto = z.output<typeof jobSchema>;

export const jobsApi = defineOperations('jobs', 'Jobb och filer', {
  uploadFile: {
    method: 'POST',
    path: '/files',
    summary: 'Ladda upp en fil (innehållet skickas som det är, t.ex. ett datapaket som application/json)',
    description:
      'Filen tas emot som en ström och lagras i databasen; samma innehåll två gånger ger samma fil. ' +
      'Högst 2 GB. Ange filens namn i frågeparametern name.',
    query: z.strictObject({ name: lineText(255).min(1).optional() }),
    response: storedFileSchema,
    status: 201,
    resources: ['files'],
  },
  getFile: {
    method: 'GET',
    path: '/files/:id',
    summary: 'Hämta en fils innehåll',
    params: z.strictObject({ id: idField }),
    response: null,
    resources: ['files'],
  },
  getJob: {
    method: 'GET',
    path: '/jobs/:id',
    summary: 'Ett jobb: status, hur långt det kommit, resultat eller fel',
    params: z.strictObject({ id: idField }),
    response: jobSchema,
    resources: ['jobs'],
  },
  listJobs: {
    method: 'GET',
    path: '/jobs',
    summary: 'De senaste jobben, valfritt av ett slag',
    query: z.strictObject({ kind: lineText(100).min(1).optional() }),
    response: z.array(jobSchema),
    resources: ['jobs'],
  },
});
