/**
 * Generates a document: finds the unit and the round, runs the template's generated sections through the
 * generators the modules contribute, and lays the result out as the document model, which the renderers
 * turn into HTML, PDF, Word or Excel (docs/adr/0027-documents.md).
 */
import type { TableModel } from '#core/table.ts';
import { chartRenderer } from '#platform/charts/render-svg.ts';
import { type PdfRenderer, pdfAvailable } from '#platform/pdf.ts';
import { tablesToXlsx } from '#platform/table-xlsx.ts';
import type { Ctx } from '../context.ts';
import { getOrgUnit, listOrganisation, type OrgUnit } from '../organisation/index.ts';
import { listRounds, type ReportingRound } from '../planning/index.ts';
import type { DocumentFormat, RenderQuery } from './contract.ts';
import { assembleDocument, type Generated, TEXT_SECTION_GENERATOR } from './domain/assemble.ts';
import { type DocumentMeta, type DocumentModel, type DocumentType, slug } from './domain/document.ts';
import { annotateDraft } from './domain/draft-findings.ts';
import { DOCUMENT_TYPE_NAMES, renderDocumentHtml } from './domain/render-html.ts';
import { BUILTIN_TEMPLATES, type DocumentTemplate, fillIn, type SectionSpec } from './domain/templates.ts';
import { draftFindingsFor } from './draft-findings.ts';
import { documentsErrors as errors } from './messages.sv.ts';
import { findSectionGenerator } from './section-generators.ts';
import { currentTemplate } from './template-service.ts';

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
    templateVersion: template.version,
  };
}

interface SectionScope {
  readonly unitId: string;
  /** The document's own unit; a section repeated per unit keeps it (DocumentSectionRequest). */
  readonly documentUnitId: string;
  readonly year: number;
  readonly roundId: string | null;
}

/**
 * The units a section repeated per unit covers: those of its kinds under the document's unit in its year,
 * in the tree's order – each board followed by its förvaltning – as the organisation lists siblings.
 */
async function unitsUnder(ctx: Ctx, scope: SectionScope, kinds: readonly string[]): Promise<OrgUnit[]> {
  const units = await listOrganisation(ctx, scope.year);
  const inTreeOrder = (parentId: string): OrgUnit[] =>
    units.filter((unit) => unit.parentId === parentId).flatMap((unit) => [unit, ...inTreeOrder(unit.id)]);
  return inTreeOrder(scope.unitId).filter((unit) => kinds.includes(unit.kind));
}

/**
 * How far a document has come, in its top-level sections – a section repeated per unit counting once per
 * unit – for a render that runs as a job: `done` of `total`, called after each.
 */
export type BuildProgress = (done: number, total: number) => void;

/**
 * How many steps `generateSections` reports for a template's top-level sections: one a section, and one a
 * unit of a section per unit.
 */
async function stepsOf(ctx: Ctx, sections: readonly SectionSpec[], scope: SectionScope): Promise<number> {
  let steps = 0;
  for (const section of sections) {
    steps += section.kind === 'eachUnit' ? (await unitsUnder(ctx, scope, section.unitKinds)).length : 1;
  }
  return steps;
}

/**
 * What each section produces: its generator's blocks, or for a section per unit, each unit's sections'.
 * `step` is called after each top-level section, and after each unit of a section per unit.
 */
async function generateSections(
  ctx: Ctx,
  sections: readonly SectionSpec[],
  scope: SectionScope,
  step?: () => void,
): Promise<Generated[]> {
  const generated: Generated[] = [];
  // One section after the other: they share the request's cached evaluation and the database's connection.
  for (const section of sections) {
    switch (section.kind) {
      case 'heading':
        generated.push(undefined);
        step?.();
        break;
      case 'eachUnit': {
        const units = [];
        for (const unit of await unitsUnder(ctx, scope, section.unitKinds)) {
          const own = { ...scope, unitId: unit.id };
          units.push({ name: unit.name, generated: await generateSections(ctx, section.sections, own) });
          step?.();
        }
        generated.push({ units });
        break;
      }
      case 'text':
      case 'generated': {
        // A text section is filled by the texts' generator with its key (written texts, ADR 0028).
        const generator = findSectionGenerator(
          section.kind === 'text' ? TEXT_SECTION_GENERATOR : section.generator,
        );
        const options = section.kind === 'text' ? { key: section.key } : (section.options ?? {});
        generated.push(generator ? await generator.generate(ctx, { ...scope, options }) : undefined);
        step?.();
        break;
      }
    }
  }
  return generated;
}

/**
 * The unit and the round a request names, or the Swedish refusal: an unknown unit, an unknown round or one
 * of another year. What a render checks before it starts, and a render job before it is queued.
 */
export async function resolveRequest(
  ctx: Ctx,
  request: Pick<DocumentRequest, 'unitId' | 'year' | 'type' | 'roundId'>,
): Promise<{ unit: OrgUnit; round: ReportingRound | null }> {
  const unit = await getOrgUnit(ctx, request.unitId);
  const round = await chooseRound(ctx, BUILTIN_TEMPLATES[request.type], request.year, request.roundId);
  return { unit, round };
}

/**
 * The document model of a unit's document for a year and round; `progress`, when given, hears how many of
 * its top-level sections are done (a job's progress).
 */
export async function buildDocument(
  ctx: Ctx,
  request: DocumentRequest,
  progress?: BuildProgress,
): Promise<DocumentModel> {
  const template = await currentTemplate(ctx, request.type);
  const { unit, round } = await resolveRequest(ctx, request);
  const scope = { unitId: unit.id, documentUnitId: unit.id, year: request.year, roundId: round?.id ?? null };
  let step: (() => void) | undefined;
  if (progress) {
    const total = await stepsOf(ctx, template.sections, scope);
    let done = 0;
    progress(done, total);
    step = () => {
      done += 1;
      progress(done, total);
    };
  }
  const model = assembleDocument(
    metaOf(template, unit, request.year, round, request.now ?? new Date()),
    template,
    await generateSections(ctx, template.sections, scope, step),
  );
  return withDraftFindings(ctx, model, round?.kind ?? template.roundKind);
}

/**
 * A draft with the consistency checks' findings of its unit, year and round kind beside the places it
 * prints (issue 9); approval takes them out again. One check, of the document's own unit: the compilation
 * of every board is annotated with the municipality's findings only – each board's are in its own
 * document – so it stays one check however many units it prints.
 */
async function withDraftFindings(
  ctx: Ctx,
  model: DocumentModel,
  roundKind: ReportingRound['kind'],
): Promise<DocumentModel> {
  if (!model.meta.draft) {
    return model;
  }
  const { meta } = model;
  const found = await draftFindingsFor(ctx, {
    unitId: meta.unit.id,
    year: meta.year,
    roundId: meta.roundId,
    roundKind,
    content: { type: meta.type, blocks: model.blocks },
  });
  return found === null ? model : annotateDraft(model, found);
}

/**
 * The HTML of each model rendered in this process, while the model lives: a render to HTML and then to PDF
 * (the PDF is that HTML printed) draws the document's charts and writes its HTML once, not twice. A model is
 * never changed once built – approval, findings and versions make new ones – so its HTML cannot go stale.
 */
const renderedHtml = new WeakMap<DocumentModel, Promise<string>>();

export function documentHtml(model: DocumentModel): Promise<string> {
  let html = renderedHtml.get(model);
  if (html === undefined) {
    html = chartRenderer().then((chartSvg) => renderDocumentHtml(model, { chartSvg }));
    renderedHtml.set(model, html);
    // A failed render is not kept: the next asks again.
    html.catch(() => renderedHtml.delete(model));
  }
  return html;
}

export interface RenderedDocument {
  /** "Verksamhetsberättelse 2019 VSS.docx": the name the file is saved under. */
  readonly name: string;
  /** "verksamhetsberattelse-2019-VSS.docx": the same in ASCII, for clients that cannot read the other. */
  readonly asciiName: string;
  readonly mediaType: string;
  readonly bytes: Buffer;
}

const MEDIA_TYPES: Readonly<Record<DocumentFormat, string>> = {
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** "Verksamhetsberättelse 2019 VSS.pdf", and "verksamhetsberattelse-2019-VSS.pdf" in ASCII. */
function fileNames(model: DocumentModel, format: DocumentFormat): { name: string; asciiName: string } {
  const { meta } = model;
  const typeName = DOCUMENT_TYPE_NAMES[meta.type];
  const asciiCode = meta.unit.code.replace(/[^A-Za-z0-9-]+/g, '-');
  return {
    name: `${typeName} ${meta.year} ${meta.unit.code}.${format}`,
    asciiName: `${slug(typeName)}-${meta.year}-${asciiCode}.${format}`,
  };
}

/** Every table of a document in order – a chart's too, as its table – for a workbook of one sheet each. */
export function documentTables(model: DocumentModel): TableModel[] {
  return model.blocks.flatMap((block) =>
    block.kind === 'table' ? [block.table] : block.kind === 'chart' ? [block.chart.table] : [],
  );
}

/** Refuses, in Swedish, to print where Chromium is not installed; the HTML is still offered. */
export function checkPdfAvailable(pdf: PdfRenderer): void {
  if (!pdfAvailable(pdf)) {
    throw errors.pdf_unavailable(pdf.executablePath);
  }
}

/** A document model as the bytes of a format: HTML, a PDF printed by the shared Chromium, Word or Excel. */
export async function documentBytes(
  model: DocumentModel,
  format: DocumentFormat,
  pdf: PdfRenderer,
): Promise<Buffer> {
  switch (format) {
    case 'html':
      return Buffer.from(await documentHtml(model));
    case 'pdf':
      return pdf.render(await documentHtml(model));
    case 'docx':
      // docx is loaded with the first Word file, not at start-up (ADR 0010).
      return (await import('./render-docx.ts')).renderDocumentDocx(model);
    case 'xlsx':
      return tablesToXlsx(documentTables(model));
  }
}

/** What a render is asked for: the document and the format. */
export type RenderRequest = Pick<RenderQuery, 'unitId' | 'year' | 'type' | 'roundId' | 'format'>;

/**
 * Refuses in Swedish what a render would refuse – a PDF without Chromium, an unknown unit, an unknown round
 * or one of another year – before any work; a render job is checked so before it is queued.
 */
export async function checkRenderRequest(
  ctx: Ctx,
  pdf: PdfRenderer,
  query: RenderRequest,
): Promise<{ unit: OrgUnit; round: ReportingRound | null }> {
  if (query.format === 'pdf') {
    checkPdfAvailable(pdf);
  }
  return resolveRequest(ctx, query);
}

/**
 * The document as a file in the format asked for. `options.progress` hears the sections done (a job);
 * `options.now` fixes the time printed on the cover.
 */
export async function renderDocument(
  ctx: Ctx,
  pdf: PdfRenderer,
  query: RenderRequest,
  options: { readonly progress?: BuildProgress; readonly now?: Date } = {},
): Promise<RenderedDocument> {
  if (query.format === 'pdf') {
    checkPdfAvailable(pdf);
  }
  const request = options.now ? { ...query, now: options.now } : query;
  const model = await buildDocument(ctx, request, options.progress);
  return {
    ...fileNames(model, query.format),
    mediaType: MEDIA_TYPES[query.format],
    bytes: await documentBytes(model, query.format, pdf),
  };
}
