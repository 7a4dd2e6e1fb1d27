import { describe, expect, it } from 'vitest';
import {
  about,
  type BlockSubject,
  type DocumentBlock,
  type DraftFinding,
  type DraftFindings,
  heading,
  paragraph,
  tableBlock,
} from '#core/document.ts';
import { cell, type TableModel } from '#core/table.ts';
import { compareModels } from './compare.ts';
import type { DocumentMeta, DocumentModel } from './document.ts';
import { annotateDraft, FINDINGS_TITLE, placeOf, withoutFindings } from './draft-findings.ts';
import { renderDocumentHtml } from './render-html.ts';
import { approvedModel, canonicalJson } from './versions.ts';

const META: DocumentMeta = {
  title: 'Verksamhetsberättelse 2019',
  type: 'annual',
  unit: { id: 'u1', code: 'VSS', name: 'Verksamhetsstöd och service' },
  year: 2019,
  period: 'Bokslut 2019',
  roundId: 'r1',
  lang: 'sv',
  draft: true,
  generatedAt: '2026-12-02T10:00:00.000Z',
};

const goal = (id: string): BlockSubject => ({ kind: 'goal', id });
const indicator = (id: string): BlockSubject => ({ kind: 'indicator', id });

const TABLE: TableModel = {
  key: 'goal-fulfilment',
  caption: 'Måluppfyllelse: Förvaltningsmål',
  groupLabel: null,
  columns: [
    { key: 'goal', label: 'Förvaltningsmål', align: 'start' },
    { key: 'verdict', label: 'Bedömning', align: 'start' },
  ],
  groups: [
    {
      key: 'g',
      heading: null,
      description: null,
      note: null,
      ref: null,
      rows: [
        {
          key: 'a',
          depth: 0,
          role: 'row',
          header: cell('Goda arbetsplatser'),
          cells: [cell('Uppfyllt')],
          ref: null,
        },
      ],
    },
  ],
  footnotes: [],
};

/** 0 the summary of both goals; 1–3 goal g1's heading, verdict and analysis; 4–5 goal g2's; 6 an indicator table. */
const BLOCKS: DocumentBlock[] = [
  about(tableBlock(TABLE), [goal('g1'), goal('g2')]),
  about(heading(2, 'Goda arbetsplatser'), [goal('g1')]),
  about(paragraph('Uppfyllt', 'Bedömning'), [goal('g1')]),
  about({ kind: 'richText', blocks: [] }, [goal('g1')]),
  about(heading(2, 'God tillgänglighet'), [goal('g2')]),
  about(paragraph('Uppfyllt', 'Bedömning'), [goal('g2')]),
  about(tableBlock({ ...TABLE, key: 'indicators', caption: 'Indikatorer' }), [
    indicator('i1'),
    indicator('i2'),
  ]),
];
const MODEL: DocumentModel = { meta: META, blocks: BLOCKS };

const finding = (about: BlockSubject | null, overrides: Partial<DraftFinding> = {}): DraftFinding => ({
  severity: 'varning',
  severityLabel: 'Varning',
  rule: 'Bedömningen avviker från indikatorerna',
  place: 'Bedömningen av målet ”Goda arbetsplatser”',
  message: 'Bedömningen ”uppfyllt” avviker från indikatorerna.',
  acknowledgement: null,
  about,
  ...overrides,
});

const found = (...findings: DraftFinding[]): DraftFindings => ({
  summary: 'Kontroller för Verksamhetsstöd och service (VSS) 2019, Bokslut: 0 fel, 1 varning, 0 noteringar.',
  findings,
});

const kinds = (model: DocumentModel) =>
  model.blocks.map((block) => (block.kind === 'findings' ? `findings:${block.notes.length}` : block.kind));

describe('where a finding goes in a draft', () => {
  it('goes after the most specific run of blocks about its record: the verdict with its analysis, not the summary', () => {
    expect(placeOf(BLOCKS, goal('g1'))).toBe(3);
    expect(placeOf(BLOCKS, goal('g2'))).toBe(5);
    expect(placeOf(BLOCKS, indicator('i2'))).toBe(6);
  });

  it('goes after the summary when the document prints no verdict of its own for the goal', () => {
    const summaryOnly = [BLOCKS[0] as DocumentBlock, heading(1, 'Ekonomi')];
    expect(placeOf(summaryOnly, goal('g1'))).toBe(0);
  });

  it('has no place when no block prints the record, nor one of another kind with the same id', () => {
    expect(placeOf(BLOCKS, goal('g3'))).toBeNull();
    expect(placeOf(BLOCKS, indicator('g1'))).toBeNull();
  });
});

describe('a draft with its findings', () => {
  it('puts each finding after its place and the rest in one list at the start, with the counts', () => {
    const annotated = annotateDraft(
      MODEL,
      found(
        finding(goal('g1')),
        finding(goal('g1'), { severity: 'notering', severityLabel: 'Notering' }),
        finding(indicator('i1')),
        finding(null, { place: 'Ramen för VSS 2019' }),
        finding(goal('g9')),
      ),
    );
    expect(kinds(annotated)).toEqual([
      'findings:2',
      'table',
      'heading',
      'paragraph',
      'richText',
      'findings:2',
      'heading',
      'paragraph',
      'table',
      'findings:1',
    ]);
    const [list, , , , , beside] = annotated.blocks;
    expect(list).toMatchObject({
      kind: 'findings',
      list: {
        title: FINDINGS_TITLE,
        summary:
          'Kontroller för Verksamhetsstöd och service (VSS) 2019, Bokslut: 0 fel, 1 varning, 0 noteringar. ' +
          '3 fynd står vid sitt ställe i dokumentet; 2 gäller något som dokumentet inte visar och står här. ' +
          'Fynden visas bara i utkast och tas bort när dokumentet godkänns.',
      },
    });
    // In the order given (the checks sort them by severity), without the record they were placed by.
    const { about: _about, ...note } = finding(goal('g1'));
    expect(beside).toEqual({
      kind: 'findings',
      notes: [note, { ...note, severity: 'notering', severityLabel: 'Notering' }],
    });
  });

  it('says when every finding has its place, and shows the list even when the checks found nothing', () => {
    const placed = annotateDraft(MODEL, found(finding(goal('g2'))));
    expect(placed.blocks[0]).toMatchObject({ notes: [] });
    expect(placed.blocks[0]).toMatchObject({
      list: { summary: expect.stringContaining('Alla fynd står vid sitt ställe') },
    });
    const none = annotateDraft(MODEL, found());
    expect(kinds(none)).toEqual(['findings:0', ...BLOCKS.map((block) => block.kind)]);
    expect(none.blocks[0]).toMatchObject({
      list: { summary: expect.not.stringContaining('fynd står') },
    });
  });

  it('puts a finding about the document’s own content right after the block it names, without the index', () => {
    // A sum that is not its rows' sum (the indicator table, block 6), a section left empty (block 2).
    const sum = finding(null, {
      block: 6,
      severity: 'fel',
      severityLabel: 'Fel',
      rule: 'Summan är inte summan av raderna',
    });
    const annotated = annotateDraft(MODEL, found(finding(indicator('i1')), sum, finding(null, { block: 2 })));
    expect(kinds(annotated)).toEqual([
      'findings:0',
      'table',
      'heading',
      'paragraph',
      'findings:1',
      'richText',
      'heading',
      'paragraph',
      'table',
      'findings:2',
    ]);
    const beside = annotated.blocks[9];
    const { about: _about, block: _block, ...note } = sum;
    expect(beside).toMatchObject({ kind: 'findings', notes: [expect.anything(), note] });
    expect(JSON.stringify(beside)).not.toContain('"block"');
    expect(annotated.blocks[0]).toMatchObject({
      list: { summary: expect.stringContaining('Alla fynd står vid sitt ställe') },
    });
    // An index outside the document is no place: listed at the start.
    const outside = annotateDraft(MODEL, found(finding(null, { block: 99 })));
    expect(outside.blocks[0]).toMatchObject({ notes: [expect.anything()] });
  });

  it('leaves a final document as it is', () => {
    const final = { ...MODEL, meta: { ...META, draft: false } };
    expect(annotateDraft(final, found(finding(goal('g1'))))).toBe(final);
  });

  it('renders them in HTML as a section and notes marked in words, every text escaped', () => {
    const html = renderDocumentHtml(
      annotateDraft(
        MODEL,
        found(
          finding(goal('g1'), {
            severity: 'fel',
            severityLabel: 'Fel',
            message: 'Kvinnor + män <> totalen',
            acknowledgement: 'Kvitterat av Cecilia Ek den 10 september 2023: Rättas i nästa tillfälle.',
          }),
          finding(null),
        ),
      ),
    );
    expect(html).toContain(
      `<section class="draft-findings" aria-labelledby="kontroller-0"><h2 id="kontroller-0">${FINDINGS_TITLE}</h2>`,
    );
    expect(html).toContain('<aside class="draft-finding" role="note" aria-label="Kontroll i utkastet">');
    expect(html).toContain('<strong>Fel:</strong> Bedömningen avviker från indikatorerna');
    expect(html).toContain('<p>Kvinnor + män &lt;&gt; totalen</p>');
    expect(html).toContain(
      '<p class="finding-ack">Kvitterat av Cecilia Ek den 10 september 2023: Rättas i nästa tillfälle.</p>',
    );
    // The note stands after goal g1's analysis and before goal g2's heading.
    expect(html.indexOf('class="draft-finding"')).toBeLessThan(html.indexOf('God tillgänglighet</h3>'));
    expect(html.indexOf('class="draft-finding"')).toBeGreaterThan(html.indexOf('Goda arbetsplatser</h3>'));
  });
});

describe('approval and comparison', () => {
  const annotated = annotateDraft(MODEL, found(finding(goal('g1')), finding(null)));

  it('approval takes every finding out: the frozen model is the one approved without them', () => {
    const frozen = approvedModel(annotated);
    expect(frozen.blocks.some((block) => block.kind === 'findings')).toBe(false);
    expect(canonicalJson(frozen)).toBe(canonicalJson(approvedModel(MODEL)));
    const body = renderDocumentHtml(frozen).split('<body>')[1];
    expect(body).not.toMatch(/Kontroll|draft-finding|Bedömningen avviker/);
    expect(withoutFindings(MODEL)).toBe(MODEL);
  });

  it('a comparison does not count the findings as content', () => {
    expect(compareModels(MODEL, annotated).items).toEqual([]);
    expect(compareModels(annotated, approvedModel(annotated)).items).toEqual([]);
  });
});
