/** HTTP routes of the goals module: validate through the contract, call one use case. */

import { z } from 'zod';
import type { Actor } from '#core/actor.ts';
import { idField, yearField } from '#core/validation.ts';
import { listChanges } from '#platform/audit/change-log.ts';
import type { ApiApp } from '#platform/http/create-app.ts';
import type { AppContext } from '../context.ts';
import { changeEntrySchema } from '../history-contract.ts';
import { reportingRoundSchema } from '../planning/index.ts';
import {
  goalAreaInputSchema,
  goalAreaSchema,
  goalInputSchema,
  goalSchema,
  goalSheetQuerySchema,
  goalSheetResponseSchema,
  goalUpdateSchema,
  idParamsSchema,
  indicatorInputSchema,
  indicatorSchema,
  indicatorUpdateSchema,
  municipalGoalInputSchema,
  municipalGoalSchema,
  outcomeInputSchema,
  outcomeSchema,
  outcomeUpdateSchema,
  reorderSchema,
  targetInputSchema,
  targetSchema,
  targetUpdateSchema,
  versionOnlySchema,
} from './contract.ts';
import { listIndicators } from './db/indicator-repository.ts';
import {
  createGoal,
  createGoalArea,
  createMunicipalGoal,
  getGoal,
  listGoalAreas,
  listMunicipalGoals,
  listUnitGoals,
  reorderGoals,
  setGoalRetired,
  setMunicipalGoalRetired,
  updateGoal,
} from './goal-service.ts';
import {
  createIndicator,
  createOutcome,
  createTarget,
  deleteOutcome,
  deleteTarget,
  getIndicatorDetail,
  reorderIndicators,
  setIndicatorRetired,
  updateIndicator,
  updateOutcome,
  updateTarget,
} from './indicator-service.ts';
import { getGoalSheet } from './sheet-service.ts';

const TAGS = ['Mål och indikatorer'];
const yearQuery = z.coerce.number().pipe(yearField);
const versionQuery = z.strictObject({ version: z.coerce.number().pipe(z.int()) });

type Retire<T> = (
  db: AppContext['db'],
  actor: Actor,
  id: string,
  version: number,
  retired: boolean,
) => Promise<T>;

/** POST …/:id/retire and …/:id/reinstate: retiring keeps a record and its history out of current use. */
function retireRoutes<T>(
  app: ApiApp,
  ctx: AppContext,
  spec: { path: string; name: string; what: string; response: z.ZodType; run: Retire<T> },
) {
  for (const [command, retired] of [
    ['retire', true],
    ['reinstate', false],
  ] as const) {
    app.post(
      `${spec.path}/:id/${command}`,
      {
        schema: {
          operationId: `goals.${command}${spec.name}`,
          tags: TAGS,
          summary: `${retired ? 'Avveckla' : 'Återinför'} ${spec.what}`,
          params: idParamsSchema,
          body: versionOnlySchema,
          response: { 200: spec.response },
        },
      },
      (request) => spec.run(ctx.db, ctx.actorFor(request), request.params.id, request.body.version, retired),
    );
  }
}

type Delete = (db: AppContext['db'], actor: Actor, id: string, version: number) => Promise<void>;

/** DELETE …/:id?version=n: removes a record the user read at version n. */
function deleteRoute(
  app: ApiApp,
  ctx: AppContext,
  spec: { path: string; name: string; what: string; run: Delete },
) {
  app.delete(
    `${spec.path}/:id`,
    {
      schema: {
        operationId: `goals.delete${spec.name}`,
        tags: TAGS,
        summary: `Ta bort ${spec.what}`,
        params: idParamsSchema,
        querystring: versionQuery,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await spec.run(ctx.db, ctx.actorFor(request), request.params.id, request.query.version);
      return reply.status(204).send(null);
    },
  );
}

export async function goalsRoutes(app: ApiApp, ctx: AppContext) {
  const actor = (request: unknown) => ctx.actorFor(request);

  app.get(
    '/goals/sheet',
    {
      schema: {
        operationId: 'goals.sheet',
        tags: TAGS,
        summary: 'En enhets mål med indikatortabeller för ett år och uppföljningstillfälle',
        querystring: goalSheetQuerySchema,
        response: { 200: goalSheetResponseSchema },
      },
    },
    (request) =>
      getGoalSheet(ctx.db, { ...request.query, includeRetired: request.query.includeRetired === 'true' }),
  );

  // Goal areas and municipal goals --------------------------------------------------------------------

  app.get(
    '/goals/goal-areas',
    {
      schema: {
        operationId: 'goals.listGoalAreas',
        tags: TAGS,
        summary: 'Målområden',
        response: { 200: z.array(goalAreaSchema) },
      },
    },
    () => listGoalAreas(ctx.db),
  );
  app.post(
    '/goals/goal-areas',
    {
      schema: {
        operationId: 'goals.createGoalArea',
        tags: TAGS,
        summary: 'Skapa ett målområde',
        body: goalAreaInputSchema,
        response: { 201: goalAreaSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createGoalArea(ctx.db, actor(request), request.body)),
  );
  app.get(
    '/goals/municipal-goals',
    {
      schema: {
        operationId: 'goals.listMunicipalGoals',
        tags: TAGS,
        summary: 'Kommunövergripande mål, valfritt de som gäller ett år',
        querystring: z.strictObject({ year: yearQuery.optional() }),
        response: { 200: z.array(municipalGoalSchema) },
      },
    },
    (request) => listMunicipalGoals(ctx.db, { year: request.query.year }),
  );
  app.post(
    '/goals/municipal-goals',
    {
      schema: {
        operationId: 'goals.createMunicipalGoal',
        tags: TAGS,
        summary: 'Skapa ett kommunövergripande mål',
        body: municipalGoalInputSchema,
        response: { 201: municipalGoalSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createMunicipalGoal(ctx.db, actor(request), request.body)),
  );
  retireRoutes(app, ctx, {
    path: '/goals/municipal-goals',
    name: 'MunicipalGoal',
    what: 'ett kommunövergripande mål',
    response: municipalGoalSchema,
    run: setMunicipalGoalRetired,
  });

  // Goals ---------------------------------------------------------------------------------------------

  app.get(
    '/goals/goals',
    {
      schema: {
        operationId: 'goals.listGoals',
        tags: TAGS,
        summary: 'En enhets mål, valfritt de som gäller ett år',
        querystring: z.strictObject({
          orgUnit: z.string().trim().min(1).max(64),
          year: yearQuery.optional(),
          includeRetired: z.enum(['true', 'false']).optional(),
        }),
        response: { 200: z.array(goalSchema) },
      },
    },
    (request) =>
      listUnitGoals(ctx.db, request.query.orgUnit, {
        year: request.query.year,
        includeRetired: request.query.includeRetired === 'true',
      }),
  );
  app.get(
    '/goals/goals/:id',
    {
      schema: {
        operationId: 'goals.getGoal',
        tags: TAGS,
        summary: 'Ett mål',
        params: idParamsSchema,
        response: { 200: goalSchema },
      },
    },
    (request) => getGoal(ctx.db, request.params.id),
  );
  app.get(
    '/goals/goals/:id/indicators',
    {
      schema: {
        operationId: 'goals.listGoalIndicators',
        tags: TAGS,
        summary: 'Ett måls indikatorer i ordning, även avvecklade',
        params: idParamsSchema,
        response: { 200: z.array(indicatorSchema) },
      },
    },
    async (request) => listIndicators(ctx.db, [(await getGoal(ctx.db, request.params.id)).id], true),
  );
  app.post(
    '/goals/goals',
    {
      schema: {
        operationId: 'goals.createGoal',
        tags: TAGS,
        summary: 'Skapa ett mål för en enhet',
        body: goalInputSchema,
        response: { 201: goalSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await createGoal(ctx.db, actor(request), request.body)),
  );
  app.put(
    '/goals/goals/:id',
    {
      schema: {
        operationId: 'goals.updateGoal',
        tags: TAGS,
        summary: 'Ändra ett mål (med den version du läste)',
        params: idParamsSchema,
        body: goalUpdateSchema,
        response: { 200: goalSchema },
      },
    },
    (request) => updateGoal(ctx.db, actor(request), request.params.id, request.body),
  );
  retireRoutes(app, ctx, {
    path: '/goals/goals',
    name: 'Goal',
    what: 'ett mål (historiken finns kvar)',
    response: goalSchema,
    run: setGoalRetired,
  });
  app.post(
    '/goals/goals/reorder',
    {
      schema: {
        operationId: 'goals.reorderGoals',
        tags: TAGS,
        summary: 'Ändra ordningen på en enhets mål',
        body: reorderSchema,
        response: { 200: z.array(goalSchema) },
      },
    },
    (request) => reorderGoals(ctx.db, actor(request), request.body.ids),
  );

  // Indicators ----------------------------------------------------------------------------------------

  app.get(
    '/goals/indicators/:id',
    {
      schema: {
        operationId: 'goals.getIndicator',
        tags: TAGS,
        summary: 'En indikator med delindikatorer, alla målvärden och alla utfall',
        params: idParamsSchema,
        response: {
          200: z.object({
            indicator: indicatorSchema,
            children: z.array(indicatorSchema),
            targets: z.array(targetSchema),
            outcomes: z.array(outcomeSchema),
            rounds: z.array(reportingRoundSchema),
          }),
        },
      },
    },
    (request) => getIndicatorDetail(ctx.db, request.params.id),
  );
  app.post(
    '/goals/indicators',
    {
      schema: {
        operationId: 'goals.createIndicator',
        tags: TAGS,
        summary: 'Skapa en indikator för ett mål',
        body: indicatorInputSchema,
        response: { 201: indicatorSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createIndicator(ctx.db, actor(request), request.body)),
  );
  app.put(
    '/goals/indicators/:id',
    {
      schema: {
        operationId: 'goals.updateIndicator',
        tags: TAGS,
        summary: 'Ändra en indikator (med den version du läste)',
        params: idParamsSchema,
        body: indicatorUpdateSchema,
        response: { 200: indicatorSchema },
      },
    },
    (request) => updateIndicator(ctx.db, actor(request), request.params.id, request.body),
  );
  retireRoutes(app, ctx, {
    path: '/goals/indicators',
    name: 'Indicator',
    what: 'en indikator',
    response: indicatorSchema,
    run: setIndicatorRetired,
  });
  app.post(
    '/goals/indicators/reorder',
    {
      schema: {
        operationId: 'goals.reorderIndicators',
        tags: TAGS,
        summary: 'Ändra ordningen på syskonindikatorer',
        body: reorderSchema,
        response: { 200: z.array(indicatorSchema) },
      },
    },
    (request) => reorderIndicators(ctx.db, actor(request), request.body.ids),
  );

  // Targets and outcomes ------------------------------------------------------------------------------

  app.post(
    '/goals/targets',
    {
      schema: {
        operationId: 'goals.createTarget',
        tags: TAGS,
        summary: 'Sätt ett målvärde för ett år',
        body: targetInputSchema,
        response: { 201: targetSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createTarget(ctx.db, actor(request), request.body)),
  );
  app.put(
    '/goals/targets/:id',
    {
      schema: {
        operationId: 'goals.updateTarget',
        tags: TAGS,
        summary: 'Ändra ett målvärde',
        params: idParamsSchema,
        body: targetUpdateSchema,
        response: { 200: targetSchema },
      },
    },
    (request) => updateTarget(ctx.db, actor(request), request.params.id, request.body),
  );
  deleteRoute(app, ctx, { path: '/goals/targets', name: 'Target', what: 'ett målvärde', run: deleteTarget });
  app.post(
    '/goals/outcomes',
    {
      schema: {
        operationId: 'goals.createOutcome',
        tags: TAGS,
        summary: 'Rapportera ett utfall i ett uppföljningstillfälle',
        body: outcomeInputSchema,
        response: { 201: outcomeSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createOutcome(ctx.db, actor(request), request.body)),
  );
  app.put(
    '/goals/outcomes/:id',
    {
      schema: {
        operationId: 'goals.updateOutcome',
        tags: TAGS,
        summary: 'Ändra ett utfall',
        params: idParamsSchema,
        body: outcomeUpdateSchema,
        response: { 200: outcomeSchema },
      },
    },
    (request) => updateOutcome(ctx.db, actor(request), request.params.id, request.body),
  );
  deleteRoute(app, ctx, { path: '/goals/outcomes', name: 'Outcome', what: 'ett utfall', run: deleteOutcome });

  // History -------------------------------------------------------------------------------------------

  app.get(
    '/goals/:entity/:id/history',
    {
      schema: {
        operationId: 'goals.history',
        tags: TAGS,
        summary: 'Ändringshistorik för ett mål, en indikator, ett målvärde eller ett utfall',
        params: z.strictObject({
          entity: z.enum(['goals', 'municipal-goals', 'indicators', 'targets', 'outcomes']),
          id: idField,
        }),
        response: { 200: z.array(changeEntrySchema) },
      },
    },
    (request) => listChanges(ctx.db, HISTORY_ENTITIES[request.params.entity], request.params.id),
  );
}

const HISTORY_ENTITIES = {
  goals: 'goal',
  'municipal-goals': 'municipal_goal',
  indicators: 'indicator',
  targets: 'indicator_target',
  outcomes: 'indicator_outcome',
} as const;
