/**
 * Lays out a document from its template and what the modules generated: each section's heading, then its
 * blocks with their headings shifted under it. A section never silently vanishes: one without data says so,
 * and a draft shows where a text is still to be written (docs/adr/0027-documents.md).
 */
import { type DocumentBlock, type HeadingLevel, heading, notice } from '#core/document.ts';
import { type DocumentMeta, type DocumentModel, withAnchors } from './document.ts';
import { type DocumentTemplate, fillIn, type SectionSpec } from './templates.ts';

export interface Placeholders {
  readonly year: number;
  readonly unit: string;
  readonly period: string;
}

/**
 * The generator that fills a template's text sections, given `{ key }` as its options: the narratives
 * module offers it (docs/adr/0028-narrative-texts.md). Documents only name it, as they name every generator.
 */
export const TEXT_SECTION_GENERATOR = 'narratives.text';

/** What a generated section produced; `undefined` when no module offers its generator. */
export type GeneratedBlocks = readonly DocumentBlock[] | undefined;

/** What a section repeated per unit produced: for each unit, in order, what its sections produced. */
export interface GeneratedPerUnit {
  readonly units: readonly { readonly name: string; readonly generated: readonly Generated[] }[];
}

/** What one section of a template produced. */
export type Generated = GeneratedBlocks | GeneratedPerUnit;

const blocksOf = (generated: Generated): GeneratedBlocks =>
  generated !== undefined && 'units' in generated ? undefined : generated;

const deepest = (level: number): HeadingLevel => Math.min(Math.max(level, 1), 4) as HeadingLevel;

/** A generator's headings are relative to its section (1 = just under it); made absolute here. */
export function shiftHeadings(blocks: readonly DocumentBlock[], sectionLevel: number): DocumentBlock[] {
  return blocks.map((block) =>
    block.kind === 'heading' ? { ...block, level: deepest(block.level + sectionLevel) } : block,
  );
}

/** The blocks of one section of the template. */
export function sectionBlocks(
  spec: SectionSpec,
  produced: Generated,
  values: Placeholders,
  draft: boolean,
): DocumentBlock[] {
  if (spec.kind === 'eachUnit') {
    const units = produced !== undefined && 'units' in produced ? produced.units : [];
    if (units.length === 0) {
      return [notice(fillIn(spec.emptyText, values))];
    }
    // Each unit's part under its name, its sections filled in with the unit's name, not the document's.
    return units.flatMap((unit) => {
      const own = { ...values, unit: unit.name };
      return [
        heading(spec.level, fillIn(spec.heading, own)),
        ...spec.sections.flatMap((inner, index) => sectionBlocks(inner, unit.generated[index], own, draft)),
      ];
    });
  }
  const generated = blocksOf(produced);
  const title = spec.heading === null ? null : fillIn(spec.heading, values);
  const head = title === null ? [] : [heading(spec.level, title)];
  // A section without a heading continues the one above: its blocks sit where the heading would.
  const level = title === null ? spec.level - 1 : spec.level;
  switch (spec.kind) {
    case 'heading':
      return head;
    case 'text':
      // The written text (from the module offering TEXT_SECTION_GENERATOR); none yet: a draft shows the gap,
      // a final document leaves the section out.
      if (generated !== undefined && generated.length > 0) {
        return [...head, ...shiftHeadings(generated, level)];
      }
      return draft ? [...head, notice(`Text saknas: ${title ?? spec.key}`, true)] : [];
    case 'generated':
      if (generated === undefined) {
        return [...head, notice(`Avsnittet kan inte skapas: ingen modul ger ”${spec.generator}”.`)];
      }
      return generated.length === 0
        ? [...head, notice(fillIn(spec.emptyText, values))]
        : [...head, ...shiftHeadings(generated, level)];
  }
}

/** The document: its template's sections in order, `generated[i]` being what section i's generator gave. */
export function assembleDocument(
  meta: DocumentMeta,
  template: DocumentTemplate,
  generated: readonly Generated[],
): DocumentModel {
  const values: Placeholders = { year: meta.year, unit: meta.unit.name, period: meta.period };
  const blocks = template.sections.flatMap((spec, index) =>
    sectionBlocks(spec, generated[index], values, meta.draft),
  );
  return { meta, blocks: withAnchors(blocks) };
}
