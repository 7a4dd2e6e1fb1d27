/** The reporting API: a unit's part of a round, its moves, and the round's progress under a unit. */
import { z } from 'zod';
import { defineOperations } from '#core/api.ts';
import { idField, richText, versionField } from '#core/validation.ts';
import { goalAssessmentSchema } from '../assessments/contract.ts';
import { outcomeSchema } from '../goals/contract.ts';
import { orgUnitRefField } from '../organisation/contract.ts';
import { reportingRoundSchema } from '../planning/contract.ts';
import { PART_ACTIONS, PART_STATES } from './domain/round-part.ts';
import { roundSubsetItemEntity } from './model.ts';

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
    locked: z.string().nullable().describe('Varför inget kan ändras: tillfället stängt eller delen godkänd.'),
    actions: z.array(z.enum(PART_ACTIONS)).describe('Vad den inloggade användaren får göra med delen nu.'),
    approvalBlocked: z
      .string()
      .nullable()
      .describe(
        'Varför delen inte kan godkännas nu (t.ex. öppna fel i kontrollerna), för den som kan godkänna den; annars null.',
      ),
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
        reminded: z
          .object({ at: z.string(), byName: z.string(), text: z.string() })
          .nullable()
          .describe('Senaste påminnelsen: ”Påmind 2 dec 2026 av Kalle Karlsson”.'),
        mayRemind: z.boolean().describe('Om du får påminna enhetens rapportörer nu.'),
      }),
    ),
    mayRemind: z.boolean().describe('Om du får påminna någon av enheterna nu.'),
  })
  .meta({ id: 'RoundProgress' });
export type ProgressDto = z.infer<typeof progressSchema>;

export const unitReportSchema = z
  .object({
    part: partSchema,
    period: z
      .object({ year: z.int(), fromMonth: z.int(), toMonth: z.int(), text: z.string() })
      .describe('Vad ett nytt utfall i tillfället avser: ”januari–augusti 2023”.'),
    assesses: z.boolean().describe('Om målen bedöms i tillfället (inte i budgeten).'),
    editable: z.boolean().describe('Om du får föra in utfall och bedömningar här nu.'),
    locked: z.string().nullable().describe('Varför inget kan ändras: tillfället stängt eller delen godkänd.'),
    reported: z.string().describe('”7 av 12 indikatorer har utfall”'),
    asks: z
      .string()
      .nullable()
      .describe('”Tillfället frågar efter 3 av 12 indikatorer”; null när tillfället frågar efter allt.'),
    goals: z.array(
      z.object({
        id: idField,
        name: z.string(),
        asked: z
          .boolean()
          .describe(
            'Om tillfället frågar efter målets bedömning, inte bara efter några av dess indikatorer.',
          ),
        indicators: z.array(
          z.object({
            id: idField,
            name: z.string(),
            unit: z.string().nullable(),
            isGenderSplit: z.boolean(),
            computed: z.boolean().describe('Beräknas ur andra uppgifter och förs inte in för hand.'),
            target: z.string().nullable(),
            previous: z.string().nullable().describe('Förra årets utfall (totalt).'),
            outcome: outcomeSchema.nullable(),
          }),
        ),
        assessment: goalAssessmentSchema.nullable(),
      }),
    ),
  })
  .meta({ id: 'UnitReport', description: 'Allt en enhet rapporterar vid ett tillfälle, på en sida.' });
export type UnitReportDto = z.infer<typeof unitReportSchema>;

export const reminderResultSchema = z
  .object({
    summary: z.string().describe('”Påminnelse skickad till 3 rapportörer för 2 enheter.”'),
    reminded: z.array(z.object({ unit: unitSummary, recipients: z.int() })),
    skipped: z.array(z.object({ unit: unitSummary, reason: z.string() })),
    mailJobId: idField
      .nullable()
      .describe('Jobbet som skickar påminnelserna som e-post, om servern har SMTP.'),
  })
  .meta({ id: 'ReminderResult' });
export type ReminderResultDto = z.infer<typeof reminderResultSchema>;

const subsetChoice = {
  goalIds: z.array(idField).max(5000).describe('Mål som tillfället frågar efter, med alla sina indikatorer.'),
  indicatorIds: z.array(idField).max(20_000).describe('Enskilda indikatorer som tillfället frågar efter.'),
};

export const roundSubsetSchema = z
  .object({
    round: reportingRoundSchema,
    ...subsetChoice,
    summary: z.string().describe('”Alla mål och indikatorer”, ”2 mål och 1 indikator”'),
    mayEdit: z.boolean().describe('Om du får ändra urvalet.'),
    goals: z
      .array(
        z.object({
          id: idField,
          name: z.string(),
          unit: unitSummary,
          indicators: z.array(z.object({ id: idField, name: z.string() })),
        }),
      )
      .describe('Årets mål med sina indikatorer: det som kan väljas.'),
  })
  .meta({
    id: 'RoundSubset',
    description: 'Vilka mål och indikatorer ett uppföljningstillfälle frågar efter; inget valt betyder alla.',
  });
export type RoundSubsetDto = z.infer<typeof roundSubsetSchema>;

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
        comment: richText(4000).default(null),
        version: versionField
          .nullable()
          .describe('Delens version som du läste; null om den inte var påbörjad.'),
      })
      .meta({ id: 'RoundPartAction' }),
    response: partSchema,
    resources: ['planning'],
  },
  getReport: {
    method: 'GET',
    path: '/reporting/rounds/:roundId/units/:unit/report',
    summary:
      'Rapportera på en sida: enhetens alla indikatorer med tillfällets utfall, målvärde och förra årets ' +
      'utfall, och alla mål med bedömning och indikatorernas förslag',
    params: partParams,
    response: unitReportSchema,
    resources: ['planning', 'goals', 'assessments'],
  },
  progress: {
    method: 'GET',
    path: '/reporting/rounds/:roundId/progress',
    summary:
      'Hur långt enheterna under en enhet har kommit i ett uppföljningstillfälle: ”12 av 18 enheter klara”',
    params: z.strictObject({ roundId: idField }),
    query: z.strictObject({ org: orgUnitRefField }),
    response: progressSchema,
    resources: ['planning', 'notifications'],
  },
  getRoundSubset: {
    method: 'GET',
    path: '/reporting/rounds/:roundId/subset',
    summary:
      'Vilka mål och indikatorer ett uppföljningstillfälle frågar efter, och årets mål att välja bland',
    params: z.strictObject({ roundId: idField }),
    response: roundSubsetSchema,
    resources: ['planning', 'goals'],
  },
  setRoundSubset: {
    method: 'PUT',
    path: '/reporting/rounds/:roundId/subset',
    summary:
      'Välj vilka mål och indikatorer ett uppföljningstillfälle frågar efter (inga valda: alla). Ett valt mål ' +
      'tar med alla sina indikatorer.',
    params: z.strictObject({ roundId: idField }),
    body: z.strictObject(subsetChoice).meta({ id: 'RoundSubsetChoice' }),
    response: roundSubsetSchema,
    resources: ['planning', 'goals'],
  },
  remind: {
    method: 'POST',
    path: '/reporting/rounds/:roundId/reminders',
    summary:
      'Påminn rapportörerna för en eller flera enheter som inte är klara: ett meddelande i Verksam till ' +
      'var och en (och e-post när servern har SMTP), med länk till enhetens rapport',
    params: z.strictObject({ roundId: idField }),
    body: z
      .strictObject({ units: z.array(orgUnitRefField).min(1).max(500) })
      .meta({ id: 'RoundReminderRequest' }),
    response: reminderResultSchema,
    resources: ['notifications'],
  },
});

/** An item of a round's subset in a data package. */
export const roundSubsetItemPackageRecord = roundSubsetItemEntity.record;
export type RoundSubsetItemPackageRecord = z.output<typeof roundSubsetItemPackageRecord>;
