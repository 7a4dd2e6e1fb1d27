/** HTTP routes of the planning module. */

import { z } from 'zod';
import { dateField, idField, requiredText } from '#core/validation.ts';
import type { ApiApp } from '#platform/http/create-app.ts';
import type { AppContext } from '../context.ts';
import { reportingRoundInputSchema, reportingRoundSchema } from './contract.ts';
import { createRound, listRounds, updateRound } from './round-service.ts';

const TAGS = ['Planering'];

export async function planningRoutes(app: ApiApp, ctx: AppContext) {
  app.get(
    '/planning/rounds',
    {
      schema: {
        operationId: 'planning.listRounds',
        tags: TAGS,
        summary: 'Uppföljningstillfällen i kalenderordning, valfritt för ett år',
        querystring: z.strictObject({ year: z.coerce.number().pipe(z.int().min(1900).max(2200)).optional() }),
        response: { 200: z.array(reportingRoundSchema) },
      },
    },
    (request) => listRounds(ctx.db, request.query.year),
  );

  app.post(
    '/planning/rounds',
    {
      schema: {
        operationId: 'planning.createRound',
        tags: TAGS,
        summary: 'Skapa ett uppföljningstillfälle',
        body: reportingRoundInputSchema,
        response: { 201: reportingRoundSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createRound(ctx.db, ctx.actorFor(request), request.body)),
  );

  app.put(
    '/planning/rounds/:id',
    {
      schema: {
        operationId: 'planning.updateRound',
        tags: TAGS,
        summary: 'Ändra namn eller sista dag för ett uppföljningstillfälle',
        params: z.strictObject({ id: idField }),
        body: z.strictObject({ name: requiredText(200), deadline: dateField, version: z.int() }),
        response: { 200: reportingRoundSchema },
      },
    },
    (request) => updateRound(ctx.db, ctx.actorFor(request), request.params.id, request.body),
  );
}
