/**
 * Generates a document: finds the unit and the round, runs the template's generated sections through the
 * generators the modules contribute, and lays the result out as the document model, which the renderers
 * turn into HTML or PDF (docs/adr/0027-documents.md).
 */
import type { ChartModel } from '#core/chart.ts';
import { renderChartSvg } from '#platform/charts/render-svg.ts';
import { type PdfRenderer, pdfAvailable } from '#platform/pdf.ts';
import type { Ctx } from '../context.ts';
import { getOrgUnit, type OrgUnit } from '../organisation/index.ts';
import { listRounds, type ReportingRound } from '../planning/index.ts';
import type { RenderQuery } from './contract.ts';
import { assembleDocument, type GeneratedBlocks } from './domain/assemble.ts';
import type { DocumentMeta, DocumentModel, DocumentType } from './domain/document.ts';
import { renderDocumentHtml } from './domain/render-html.ts';
import { BUILTIN_TEMPLATES, type DocumentTemplate, fillIn } from './domain/templates.ts';
import { documentsErrors as errors } from './messages.sv.ts';
import { findSectionGenerator } from './section-generators.ts';

export interface DocumentRequest {
  readonly unitId: string;
  readonly year: number;
  readonly type: DocumentType;
  readonly roundId?: string | undefined;
  /** Generated now, as a draft (the only kind until versions and approval arrive). */
  readonly now?: Date;
}

/** The round asked for (in the year), else the template's own kind of round in the year, else none. */
async function chooseRound(
  ctx: Ctx,
  template: DocumentTemplate,
  year: number,
  roundId: string | undefined,
): Promise<ReportingRound | null> {
  const rounds = await listRounds(ctx.db);
  if (roundId === undefined) {
    return rounds.find((round) => round.year === year && round.kind === template.roundKind) ?? null;
  }
  const round = rounds.find((candidate) => candidate.id === roundId);
  if (!round) {
    throw errors.round_unknown(roundId);
  }
  if (round.year !== year) {
    throw errors.round_other_year(round.name, year);
  }
  return round;
}

function metaOf(
  template: DocumentTemplate,
  unit: OrgUnit,
  year: number,
  round: ReportingRound | null,
  now: Date,
): DocumentMeta {
  const period = round?.name ?? String(year);
  return {
    title: fillIn(template.title, { year, unit: unit.name, period }),
    type: template.type,
    unit: { id: unit.id, code: unit.code, name: unit.name },
    year,
    period,
    roundId: round?.id ?? null,
    lang: 'sv',
    draft: true,
    generatedAt: now.toISOString(),
  };
}

/** The document model of a unit's document for a year and round. */
export async function buildDocument(ctx: Ctx, request: DocumentRequest): Promise<DocumentModel> {
  const template = BUILTIN_TEMPLATES[request.type];
  const unit = await getOrgUnit(ctx, request.unitId);
  const round = await chooseRound(ctx, template, request.year, request.roundId);
  const generated: GeneratedBlocks[] = [];
  // One section after the other: they share the request's cached evaluation and the database's connection.
  for (const section of template.sections) {
    const generator = section.kind === 'generated' ? findSectionGenerator(section.generator) : undefined;
    generated.push(
      section.kind === 'generated' && generator
        ? await generator.generate(ctx, {
            unitId: unit.id,
            year: request.year,
            roundId: round?.id ?? null,
            options: section.options ?? {},
          })
        : undefined,
    );
  }
  return assembleDocument(
    metaOf(template, unit, request.year, round, request.now ?? new Date()),
    template,
    generated,
  );
}

const chartSvg = (chart: ChartModel) => renderChartSvg(chart);

export function documentHtml(model: DocumentModel): string {
  return renderDocumentHtml(model, { chartSvg });
}

export interface RenderedDocument {
  readonly name: string;
  readonly mediaType: string;
  readonly bytes: Buffer;
}

/** "verksamhetsberattelse-2019-VSS.pdf": ASCII, so that every browser keeps it. */
function fileName(model: DocumentModel, extension: string): string {
  const kind = { annual: 'verksamhetsberattelse', interim: 'delarsrapport', budget: 'forvaltningsbudget' };
  const code = model.meta.unit.code.replace(/[^A-Za-z0-9-]+/g, '-');
  return `${kind[model.meta.type]}-${model.meta.year}-${code}.${extension}`;
}

/** Refuses, in Swedish, to print where Chromium is not installed; the HTML is still offered. */
export function checkPdfAvailable(pdf: PdfRenderer): void {
  if (!pdfAvailable(pdf)) {
    throw errors.pdf_unavailable(pdf.executablePath);
  }
}

/** The document as a file: HTML, or a PDF printed by the shared Chromium. */
export async function renderDocument(
  ctx: Ctx,
  pdf: PdfRenderer,
  query: Pick<RenderQuery, 'unitId' | 'year' | 'type' | 'roundId' | 'format'>,
): Promise<RenderedDocument> {
  if (query.format === 'pdf') {
    checkPdfAvailable(pdf);
  }
  const model = await buildDocument(ctx, query);
  const html = documentHtml(model);
  if (query.format === 'html') {
    return { name: fileName(model, 'html'), mediaType: 'text/html; charset=utf-8', bytes: Buffer.from(html) };
  }
  return { name: fileName(model, 'pdf'), mediaType: 'application/pdf', bytes: await pdf.render(html) };
}
