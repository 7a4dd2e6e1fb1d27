/**
 * The documents API: a unit's budget document, interim or annual report for a year (and round), generated
 * from the data and answered as an HTML page, a PDF, a Word file or an Excel workbook (docs/adr/0027-documents.md).
 */
import { z } from 'zod';
import { defineOperations } from '#core/api.ts';
import { idField, yearParam } from '#core/validation.ts';
import { orgUnitRefField } from '../organisation/contract.ts';
import { DOCUMENT_TYPES } from './domain/document.ts';

export const DOCUMENT_FORMATS = ['html', 'pdf', 'docx', 'xlsx'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

export const renderQuerySchema = z.strictObject({
  unitId: orgUnitRefField,
  year: yearParam.describe('Året dokumentet gäller: budgetåret, eller året som följs upp.'),
  type: z
    .enum(DOCUMENT_TYPES)
    .describe('annual (verksamhetsberättelse), interim (delårsrapport) eller budget (förvaltningsbudget).'),
  roundId: idField
    .optional()
    .describe('Uppföljningstillfället; utan värde dokumenttypens eget (bokslut, delår augusti, budget).'),
  format: z
    .enum(DOCUMENT_FORMATS)
    .default('html')
    .describe('html (webbsida), pdf, docx (Word) eller xlsx (Excel, en flik per tabell).'),
});
export type RenderQuery = z.output<typeof renderQuerySchema>;

export const documentsApi = defineOperations('documents', 'Dokument', {
  renderDocument: {
    method: 'GET',
    path: '/documents/render',
    summary:
      'En enhets verksamhetsberättelse, delårsrapport eller förvaltningsbudget som HTML, PDF, Word eller Excel',
    query: renderQuerySchema,
    response: null,
    resources: ['organisation', 'planning', 'goals', 'assessments', 'economy', 'investments', 'assignments'],
  },
});
