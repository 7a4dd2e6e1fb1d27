/** The reporting API: a unit's part of a round, its moves, and the round's progress under a unit. */
import { z } from 'zod';
import { defineOperations } from '#core/api.ts';
import { idField, optionalText, versionField } from '#core/validation.ts';
import { orgUnitRefField } from '../organisation/contract.ts';
import { reportingRoundSchema } from '../planning/contract.ts';
import { PART_ACTIONS, PART_STATES } from './domain/round-part.ts';

const unitSummary = z.object({ id: idField, code: z.string(), name: z.string() });

export const partSchema = z
  .object({
    round: reportingRoundSchema,
    unit: unitSummary,
    state: z.enum(PART_STATES),
    comment: z.string().nullable(),
    id: idField.nullable(),
    version: z.int().nullable(),
    late: z.boolean().describe('Sista dagen har passerat och delen är inte klar.'),
    actions: z.array(z.enum(PART_ACTIONS)).describe('Vad den inloggade användaren får göra med delen nu.'),
  })
  .meta({ id: 'RoundPart', description: 'En enhets del av ett uppföljningstillfälle.' });
export type PartDto = z.infer<typeof partSchema>;

export const progressSchema = z
  .object({
    round: reportingRoundSchema,
    org: unitSummary,
    done: z.int(),
    total: z.int(),
    summary: z.string().describe('”12 av 18 enheter klara”'),
    late: z.int(),
    units: z.array(
      z.object({
        unit: unitSummary,
        state: z.enum(PART_STATES),
        comment: z.string().nullable(),
        late: z.boolean(),
      }),
    ),
  })
  .meta({ id: 'RoundProgress' });
export type ProgressDto = z.infer<typeof progressSchema>;

const partParams = z.strictObject({ roundId: idField, unit: orgUnitRefField });

export const reportingApi = defineOperations('reporting', 'Rapportering', {
  getPart: {
    method: 'GET',
    path: '/reporting/rounds/:roundId/units/:unit',
    summary: 'En enhets del av ett uppföljningstillfälle: läget, senaste kommentaren och vad du får göra',
    params: partParams,
    response: partSchema,
    resources: ['planning'],
  },
  actOnPart: {
    method: 'POST',
    path: '/reporting/rounds/:roundId/units/:unit/actions',
    summary:
      'Flytta en enhets del: påbörja, klarmarkera (rapportör), skicka tillbaka med kommentar (controller), ' +
      'godkänn eller öppna igen (godkännare)',
    params: partParams,
    body: z
      .strictObject({
        action: z.enum(PART_ACTIONS),
        comment: optionalText(4000).default(null),
        version: versionField
          .nullable()
          .describe('Delens version som du läste; null om den inte var påbörjad.'),
      })
      .meta({ id: 'RoundPartAction' }),
    response: partSchema,
    resources: ['planning'],
  },
  progress: {
    method: 'GET',
    path: '/reporting/rounds/:roundId/progress',
    summary:
      'Hur långt enheterna under en enhet har kommit i ett uppföljningstillfälle: ”12 av 18 enheter klara”',
    params: z.strictObject({ roundId: idField }),
    query: z.strictObject({ org: orgUnitRefField }),
    response: progressSchema,
    resources: ['planning'],
  },
});
