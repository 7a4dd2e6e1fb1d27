/**
 * The documents API: a unit's budget document, interim or annual report for a year (and round), generated
 * from the data and answered as an HTML page, a PDF, a Word file or an Excel workbook (docs/adr/0027-documents.md).
 */
import { z } from 'zod';
import { defineOperations } from '#core/api.ts';
import { changeEntrySchema } from '#core/history.ts';
import {
  dateField,
  idField,
  intField,
  optionalText,
  requiredText,
  versionField,
  yearParam,
} from '#core/validation.ts';
import { jobSchema } from '../jobs/contract.ts';
import { orgUnitRefField } from '../organisation/contract.ts';
import { DOCUMENT_TYPE_HELP, DOCUMENT_TYPES } from './domain/document.ts';
import { VERSION_ACTIONS, VERSION_STATES } from './domain/versions.ts';
import { templateSectionSchema } from './model.ts';

const TYPE_DESCRIPTION = `${DOCUMENT_TYPE_HELP}.`;

export const DOCUMENT_FORMATS = ['html', 'pdf', 'docx', 'xlsx'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

export const renderQuerySchema = z.strictObject({
  unitId: orgUnitRefField,
  year: yearParam.describe('Året dokumentet gäller: budgetåret, eller året som följs upp.'),
  type: z.enum(DOCUMENT_TYPES).describe(TYPE_DESCRIPTION),
  roundId: idField
    .optional()
    .describe('Uppföljningstillfället; utan värde dokumenttypens eget (bokslut, delår augusti, budget).'),
  format: z
    .enum(DOCUMENT_FORMATS)
    .default('html')
    .describe('html (webbsida), pdf, docx (Word) eller xlsx (Excel, en flik per tabell).'),
});
export type RenderQuery = z.output<typeof renderQuerySchema>;

/** A render as a job: the same fields as the render's query, in a body. */
export const renderJobRequestSchema = renderQuerySchema.meta({
  id: 'DocumentRenderJobRequest',
  description: 'Dokumentet och formatet som ska skapas i bakgrunden.',
});

/** What a finished render job holds: the stored file. */
export const renderJobResultSchema = z
  .object({
    fileId: idField,
    name: z.string().describe('Filens namn: ”Verksamhetsberättelse 2019 VSS.pdf”.'),
    asciiName: z.string(),
    mediaType: z.string(),
    bytes: z.int().describe('Filens storlek i byte.'),
  })
  .meta({ id: 'DocumentRenderJobResult', description: 'Den skapade filen i filarkivet.' });
export type RenderJobResult = z.output<typeof renderJobResultSchema>;

const documentTypeField = z.enum(DOCUMENT_TYPES).describe(TYPE_DESCRIPTION);

const unitSummary = z.object({ id: idField, code: z.string(), name: z.string() });

export const documentVersionSchema = z
  .object({
    id: idField,
    version: z.int(),
    number: z.int().describe('Versionens nummer för enheten, året, dokumenttypen och tillfället: 1, 2, 3 …'),
    state: z.enum(VERSION_STATES),
    title: z.string(),
    unit: unitSummary,
    year: z.int(),
    documentType: z.enum(DOCUMENT_TYPES),
    reportingRoundId: idField.nullable(),
    period: z.string(),
    contentHash: z.string().describe('SHA-256 av dokumentmodellen (kanonisk JSON); tryckt i dokumentet.'),
    frozen: z.boolean().describe('Godkänd eller senare: kan aldrig ändras eller tas bort.'),
    hasPdf: z.boolean(),
    pdfMissing: z.string().nullable().describe('Varför en godkänd version saknar PDF.'),
    createdAt: z.string(),
    createdByName: z.string(),
    approvedAt: z.string().nullable(),
    approvedByName: z.string().nullable(),
    decision: z
      .object({ body: z.string(), paragraph: z.string(), date: z.string(), text: z.string() })
      .nullable(),
    publishedAt: z.string().nullable(),
    actions: z
      .array(z.enum(VERSION_ACTIONS))
      .describe('Vad den inloggade användaren får göra med versionen nu.'),
    mayDelete: z.boolean(),
  })
  .meta({
    id: 'DocumentVersion',
    description: 'En version av en enhets dokument, med läge och kontrollsumma.',
  });
export type DocumentVersionDto = z.infer<typeof documentVersionSchema>;

export const documentVersionDetailSchema = documentVersionSchema
  .extend({
    integrity: z
      .string()
      .nullable()
      .describe('Varning när versionens sparade innehåll inte stämmer med kontrollsumman; annars null.'),
  })
  .meta({ id: 'DocumentVersionDetail' });

export const documentVersionListSchema = z
  .object({ versions: z.array(documentVersionSchema), mayCreate: z.boolean() })
  .meta({ id: 'DocumentVersionList' });

const diffStatus = z.enum(['changed', 'added', 'removed']);

export const versionComparisonSchema = z
  .object({
    before: documentVersionDetailSchema,
    after: documentVersionDetailSchema,
    summary: z.string(),
    unchanged: z.int(),
    items: z.array(
      z.discriminatedUnion('kind', [
        z.object({
          kind: z.literal('text'),
          section: z.string(),
          label: z.string(),
          status: diffStatus,
          before: z.string().nullable(),
          after: z.string().nullable(),
          pieces: z
            .array(z.object({ text: z.string(), change: z.enum(['same', 'removed', 'added']) }))
            .nullable(),
        }),
        z.object({
          kind: z.literal('table'),
          section: z.string(),
          caption: z.string(),
          status: diffStatus,
          columns: z.array(z.string()),
          rows: z.array(
            z.object({
              group: z.string().nullable(),
              header: z.string(),
              status: diffStatus,
              cells: z.array(
                z.object({
                  before: z.string().nullable(),
                  after: z.string().nullable(),
                  changed: z.boolean(),
                }),
              ),
            }),
          ),
          unchangedRows: z.int(),
        }),
      ]),
    ),
  })
  .meta({
    id: 'DocumentVersionComparison',
    description: 'Två versioner jämförda: tabeller cell för cell och text stycke för stycke.',
  });
export type VersionComparisonDto = z.infer<typeof versionComparisonSchema>;

const versionParams = z.strictObject({ id: idField });

const templateVersionSchema = z
  .object({
    number: z.int().describe('Mallens version: 1, 2, 3 … per dokumenttyp.'),
    title: z.string().describe('Dokumentets titel: ”Verksamhetsberättelse {year}”.'),
    sections: z.array(templateSectionSchema),
    note: z.string().nullable().describe('Vad som ändrades och varför.'),
    savedAt: z
      .string()
      .nullable()
      .describe('När versionen sparades; null för mallen som följer med Verksam.'),
    savedByName: z.string().nullable(),
  })
  .meta({ id: 'DocumentTemplateVersion', description: 'En version av en dokumenttyps mall.' });

const optionValue = z.union([z.string(), z.number(), z.boolean()]);

export const templateDetailSchema = z
  .object({
    type: documentTypeField,
    name: z.string().describe('Dokumenttypens namn: ”Verksamhetsberättelse”.'),
    current: templateVersionSchema,
    versions: z.array(templateVersionSchema.omit({ sections: true })).describe('Versionerna, senaste först.'),
    generators: z
      .array(
        z.object({
          name: z.string(),
          label: z.string(),
          options: z.record(
            z.string(),
            z.object({
              label: z.string(),
              choices: z.array(z.object({ value: optionValue, label: z.string() })),
              default: optionValue,
            }),
          ),
        }),
      )
      .describe('De genererade delar som modulerna erbjuder, med sina val.'),
    unitKinds: z.record(z.string(), z.string()).describe('Enhetsslag som en del per enhet kan upprepas för.'),
    mayEdit: z.boolean().describe('Om den inloggade användaren får spara en ny version.'),
  })
  .meta({
    id: 'DocumentTemplate',
    description: 'En dokumenttyps mall: den som gäller, versionerna och vad en mall kan innehålla.',
  });
export type TemplateDetail = z.output<typeof templateDetailSchema>;

export const templateListSchema = z
  .object({
    templates: z.array(
      z.object({
        type: documentTypeField,
        name: z.string(),
        number: z.int(),
        title: z.string(),
        sections: z.int().describe('Antal avsnitt.'),
        savedAt: z.string().nullable(),
        savedByName: z.string().nullable(),
      }),
    ),
    mayEdit: z.boolean(),
  })
  .meta({ id: 'DocumentTemplateList' });

const templateParams = z.strictObject({ type: documentTypeField });

/** A document type's saved template versions in the data package (package.ts). */
const templateVersionRecord = z.strictObject({
  number: intField(1, 100000),
  title: requiredText(200),
  sections: z.array(templateSectionSchema).min(1).max(200),
  note: optionalText(1000).default(null),
  savedByName: requiredText(200),
});

export const templatePackageRecord = z
  .strictObject({
    id: z
      .enum(DOCUMENT_TYPES)
      .describe('Dokumenttypen: annual, interim, budget, internalControlPlan, municipal.'),
    versions: z
      .array(templateVersionRecord)
      .min(1)
      .max(1000)
      .describe('De sparade versionerna, äldst först.'),
  })
  .meta({ id: 'DocumentTemplatePackageRecord' });
export type TemplatePackageRecord = z.output<typeof templatePackageRecord>;

export const documentsApi = defineOperations('documents', 'Dokument', {
  renderDocument: {
    method: 'GET',
    path: '/documents/render',
    summary:
      'En enhets verksamhetsberättelse, delårsrapport, förvaltningsbudget eller internkontrollplan som HTML, PDF, Word eller Excel',
    query: renderQuerySchema,
    response: null,
    resources: ['organisation', 'planning', 'goals', 'assessments', 'economy', 'investments', 'assignments'],
  },
  startRenderJob: {
    method: 'POST',
    path: '/documents/render-jobs',
    summary: 'Skapa ett dokument i bakgrunden, som ett jobb med förlopp (för långa dokument och PDF)',
    description:
      'Samma fält som GET /documents/render. Okänd enhet, ett uppföljningstillfälle från ett annat år och PDF ' +
      'utan Chromium vägras direkt. Följ jobbet med GET /jobs/{id} (done av total: avsnitt klara); när det ' +
      'är klart hämtas filen med GET /documents/render-jobs/{id}/file. Samma dokument och format som redan ' +
      'skapas ger det pågående jobbet.',
    body: renderJobRequestSchema,
    response: jobSchema,
    status: 202,
    resources: ['jobs'],
  },
  renderJobFile: {
    method: 'GET',
    path: '/documents/render-jobs/:id/file',
    summary: 'Filen som ett dokumentjobb skapade, under sitt svenska namn',
    params: z.strictObject({ id: idField }),
    response: null,
    resources: ['jobs', 'files'],
  },
  listVersions: {
    method: 'GET',
    path: '/documents/versions',
    summary: 'Versionerna av en enhets dokument för ett år (alla tillfällen), senaste först',
    query: z.strictObject({ unitId: orgUnitRefField, year: yearParam, type: documentTypeField }),
    response: documentVersionListSchema,
    resources: ['documents'],
  },
  createVersion: {
    method: 'POST',
    path: '/documents/versions',
    summary: 'Skapa en ny utkastversion: dokumentet skapas nu och sparas med sin modell och kontrollsumma',
    body: z
      .strictObject({
        unitId: orgUnitRefField,
        year: intField(1900, 2200),
        type: documentTypeField,
        roundId: idField.optional().describe('Uppföljningstillfället; utan värde dokumenttypens eget.'),
      })
      .meta({ id: 'DocumentVersionCreate' }),
    response: documentVersionDetailSchema,
    status: 201,
    resources: ['documents'],
  },
  getVersion: {
    method: 'GET',
    path: '/documents/versions/:id',
    summary: 'En version: läge, beslut, kontrollsumma och om det sparade innehållet stämmer med den',
    params: versionParams,
    response: documentVersionDetailSchema,
    resources: ['documents'],
  },
  versionFile: {
    method: 'GET',
    path: '/documents/versions/:id/file',
    summary: 'Versionens sparade HTML eller PDF, precis som den sparades (skapas aldrig på nytt)',
    params: versionParams,
    query: z.strictObject({
      format: z.enum(['html', 'pdf']).default('html').describe('html (webbsida) eller pdf.'),
    }),
    response: null,
    resources: ['documents'],
  },
  versionHistory: {
    method: 'GET',
    path: '/documents/versions/:id/history',
    summary: 'Ändringshistorik för en dokumentversion: skapad, granskning, godkännande, beslut, publicering',
    params: versionParams,
    response: z.array(changeEntrySchema),
    resources: ['documents', 'history'],
  },
  actOnVersion: {
    method: 'POST',
    path: '/documents/versions/:id/actions',
    summary:
      'Flytta en version: skicka till granskning eller tillbaka, godkänn (fryser den), registrera beslut, publicera',
    params: versionParams,
    body: z
      .strictObject({
        action: z.enum(VERSION_ACTIONS),
        version: versionField.describe('Versionens version som du läste.'),
        decisionBody: requiredText(200)
          .nullable()
          .default(null)
          .describe('Beslutande organ, bara med ”decide”: ”KS”, ”Kommunstyrelsen”, ”Servicenämnden”.'),
        decisionParagraph: requiredText(40)
          .nullable()
          .default(null)
          .describe('Paragrafen i protokollet, bara med ”decide”: ”315” (eller ”§ 315”).'),
        decisionDate: dateField
          .nullable()
          .default(null)
          .describe('Beslutsdatum ÅÅÅÅ-MM-DD, bara med ”decide”.'),
      })
      .meta({ id: 'DocumentVersionAction' }),
    response: documentVersionDetailSchema,
    resources: ['documents'],
  },
  deleteVersion: {
    method: 'DELETE',
    path: '/documents/versions/:id',
    summary: 'Ta bort ett utkast eller en version under granskning (en godkänd version kan aldrig tas bort)',
    params: versionParams,
    query: z.strictObject({ version: z.coerce.number().pipe(versionField) }),
    response: null,
    status: 204,
    resources: ['documents'],
  },
  compareVersions: {
    method: 'GET',
    path: '/documents/version-comparison',
    summary:
      'Jämför två versioner: tabeller cell för cell och text stycke för stycke, skillnaderna markerade',
    query: z.strictObject({ first: idField, second: idField }),
    response: versionComparisonSchema,
    resources: ['documents'],
  },
  listTemplates: {
    method: 'GET',
    path: '/documents/templates',
    summary: 'Dokumentmallarna: per dokumenttyp den version som gäller',
    response: templateListSchema,
    resources: ['documents', 'access'],
  },
  getTemplate: {
    method: 'GET',
    path: '/documents/templates/:type',
    summary: 'En dokumenttyps mall: avsnitten som gäller, versionerna och de genererade delar som finns',
    params: templateParams,
    response: templateDetailSchema,
    resources: ['documents', 'access'],
  },
  templateVersion: {
    method: 'GET',
    path: '/documents/templates/:type/versions/:number',
    summary: 'En äldre version av en dokumenttyps mall, som den sparades',
    params: templateParams.extend({ number: z.coerce.number().pipe(intField(1, 100000)) }),
    response: templateVersionSchema,
    resources: ['documents'],
  },
  saveTemplate: {
    method: 'POST',
    path: '/documents/templates/:type',
    summary:
      'Spara en ny version av en dokumenttyps mall (avsnitt, ordning, rubriker, tabeller och deras val); äldre versioner ändras aldrig',
    params: templateParams,
    body: z
      .strictObject({
        basedOn: intField(1, 100000).describe(
          'Versionen du ändrade: sparas inte om någon hunnit spara en nyare.',
        ),
        title: requiredText(200),
        sections: z.array(templateSectionSchema).min(1).max(200),
        note: optionalText(1000).default(null).describe('Vad som ändrades och varför.'),
      })
      .meta({ id: 'DocumentTemplateSave' }),
    response: templateVersionSchema,
    status: 201,
    resources: ['documents'],
  },
});
