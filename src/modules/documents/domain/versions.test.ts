import { describe, expect, it } from 'vitest';
import type { Capability } from '#core/actor.ts';
import { heading, notice, paragraph, tableBlock } from '#core/document.ts';
import { cell, type TableModel } from '#core/table.ts';
import { compareModels, compareTables, diffWords } from './compare.ts';
import type { DocumentMeta, DocumentModel } from './document.ts';
import { renderDocumentHtml } from './render-html.ts';
import {
  approvedModel,
  canonicalJson,
  decisionText,
  groupedChecksum,
  integrityWarning,
  isFrozen,
  missingSections,
  snapshotProblems,
  VERSION_STATES,
  versionActionsFrom,
  versionTransition,
} from './versions.ts';

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

/** A stand-in checksum per text (the domain compares checksums; the platform computes them). */
const sha256 = (text: string) =>
  [...text]
    .reduce((sum, ch) => sum + ch.charCodeAt(0), 0)
    .toString(16)
    .padStart(64, '0');

function table(
  rows: Array<[string, string, string]>,
  caption = 'Investeringar 2019, belopp i tkr',
): TableModel {
  return {
    key: 't',
    caption,
    groupLabel: null,
    columns: [
      { key: 'name', label: 'Investeringar', align: 'start' },
      { key: 'actual', label: 'Bokslut 2019', align: 'end' },
      { key: 'budget', label: 'Budget 2019', align: 'end' },
    ],
    groups: [
      {
        key: 'g',
        heading: 'LK-data',
        description: null,
        note: null,
        ref: null,
        rows: rows.map(([header, actual, budget], index) => ({
          key: `r${index}`,
          depth: 0,
          role: 'row' as const,
          header: cell(header),
          cells: [cell(actual), cell(budget)],
          ref: null,
        })),
      },
    ],
    footnotes: [],
  };
}

describe('the state machine of a version', () => {
  const everything = () => true;
  const only =
    (...allowed: Capability[]) =>
    (capability: Capability) =>
      allowed.includes(capability);

  it('moves draft → granskning → godkänd → beslutad → publicerad, and from granskning back to draft', () => {
    expect(versionActionsFrom('draft', everything)).toEqual(['submit']);
    expect(versionActionsFrom('readyForReview', everything)).toEqual(['sendBack', 'approve']);
    expect(versionActionsFrom('approved', everything)).toEqual(['decide']);
    expect(versionActionsFrom('decided', everything)).toEqual(['publish']);
    expect(versionActionsFrom('published', everything)).toEqual([]);
    expect(versionTransition('approve')).toMatchObject({ from: 'readyForReview', to: 'approved' });
    expect(versionTransition('decide')).toMatchObject({ from: 'approved', to: 'decided' });
    expect(versionTransition('publish')).toMatchObject({ from: 'decided', to: 'published' });
  });

  it('lets planners prepare and review, and only those who govern approve, decide and publish', () => {
    expect(versionActionsFrom('readyForReview', only('plan'))).toEqual(['sendBack']);
    expect(versionActionsFrom('readyForReview', only('govern'))).toEqual(['approve']);
    expect(versionActionsFrom('approved', only('plan', 'approve', 'report'))).toEqual([]);
    expect(versionActionsFrom('decided', only('govern'))).toEqual(['publish']);
    expect(versionActionsFrom('draft', only('read'))).toEqual([]);
  });

  it('freezes approved and every later state, and nothing leads back from them', () => {
    expect(VERSION_STATES.filter(isFrozen)).toEqual(['approved', 'decided', 'published']);
    for (const state of VERSION_STATES.filter(isFrozen)) {
      for (const action of versionActionsFrom(state, everything)) {
        expect(isFrozen(versionTransition(action).to), `${state} → ${action}`).toBe(true);
      }
    }
  });
});

describe('approval', () => {
  it('names the sections whose text is still a placeholder, each once, by their heading', () => {
    const model: DocumentModel = {
      meta: META,
      blocks: [
        heading(1, 'Förvaltningschefens bedömning och analys'),
        heading(2, 'Samlad bedömning'),
        notice('Text saknas: Samlad bedömning', true),
        heading(1, 'Ekonomi'),
        notice('Ingen huvudbok eller budget är inläst för 2019.'),
        heading(2, 'Analys och kommentar'),
        heading(2, 'Driftsammandrag'),
        heading(3, 'Analys och kommentar'),
        notice('Text saknas: Analys och kommentar', true),
        heading(1, 'Framåtblick'),
        notice('Text saknas: Framåtblick', true),
        notice('Text saknas: Framåtblick', true),
      ],
    };
    expect(missingSections(model)).toEqual([
      'Samlad bedömning',
      'Driftsammandrag › Analys och kommentar',
      'Framåtblick',
    ]);
    expect(missingSections({ meta: META, blocks: [paragraph('Klart.')] })).toEqual([]);
  });

  it('freezes the reviewed model as it is, no longer marked as a draft', () => {
    const model: DocumentModel = { meta: META, blocks: [paragraph('Klart.')] };
    const frozen = approvedModel(model);
    expect(frozen.meta.draft).toBe(false);
    expect(frozen.blocks).toBe(model.blocks);
    expect(model.meta.draft).toBe(true);
  });

  it('cites the decision as the documents do', () => {
    expect(decisionText({ body: 'KS', paragraph: '315', date: '2019-10-22' })).toBe('KS § 315 2019-10-22');
    expect(decisionText({ body: ' KS ', paragraph: '§ 315', date: '2019-10-22' })).toBe(
      'KS § 315 2019-10-22',
    );
  });
});

describe('the checksum', () => {
  it('is of canonical JSON: the same model gives the same text whatever the order of its keys', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'], c: { e: 1.5, d: undefined } })).toBe(
      '{"a":[true,null,"x"],"b":1,"c":{"e":1.5}}',
    );
    const model: DocumentModel = { meta: META, blocks: [paragraph('Klart.', 'Bedömning')] };
    const reordered = JSON.parse(JSON.stringify({ blocks: model.blocks, meta: model.meta }));
    expect(canonicalJson(reordered)).toBe(canonicalJson(model));
    expect(canonicalJson(JSON.parse(canonicalJson(model)))).toBe(canonicalJson(model));
  });

  it('is printed in the document, on the cover and at the end', () => {
    const hash = sha256('x');
    const html = renderDocumentHtml({ meta: META, blocks: [] }, { version: { number: 3, checksum: hash } });
    const printed = `Version 3. Kontrollsumma (SHA-256): <code>${groupedChecksum(hash)}</code>`;
    expect(html.split(printed).length - 1).toBe(2);
    expect(groupedChecksum('0123456789abcdef')).toBe('0123 4567 89ab cdef');
    expect(renderDocumentHtml({ meta: META, blocks: [] })).not.toContain('Kontrollsumma');
  });

  it('finds a snapshot changed behind Verksam’s back, and says so loudly in Swedish', () => {
    const stored = { model: sha256('modell'), html: sha256('<html>'), pdf: sha256('%PDF') };
    expect(snapshotProblems(stored, { ...stored })).toEqual([]);
    expect(integrityWarning(2, [])).toBeNull();
    const tampered = { ...stored, model: sha256('ändrad modell') };
    const problems = snapshotProblems(stored, tampered);
    expect(problems).toEqual([
      `Dokumentmodellens kontrollsumma är ${tampered.model}, men versionen sparades med ${stored.model}: ` +
        'siffrorna eller texterna har ändrats.',
    ]);
    expect(integrityWarning(2, problems)).toMatch(/^VARNING: Version 2 stämmer inte med sin kontrollsumma\./);
    expect(snapshotProblems(stored, { ...stored, html: sha256('annan') })).toEqual([
      'Den sparade HTML-filen är inte den som sparades med versionen.',
    ]);
    expect(snapshotProblems(stored, { ...stored, pdf: null })).toEqual(['Den sparade PDF-filen saknas.']);
  });
});

describe('comparing two versions', () => {
  const before: DocumentModel = {
    meta: META,
    blocks: [
      heading(1, 'Framåtblick'),
      paragraph('Förvaltningen ska digitalisera fler tjänster under 2020.'),
      heading(1, 'Ekonomi'),
      tableBlock(
        table([
          ['Investeringar IT-utrustning', '45 333', '48 000'],
          ['Inventarier', '737', '0'],
          ['Summa investeringar', '46 070', '48 000'],
        ]),
      ),
      heading(2, 'Analys och kommentar'),
      paragraph('Oförändrad text.'),
      paragraph('Denna text tas bort.'),
    ],
  };
  const after: DocumentModel = {
    meta: { ...META, generatedAt: '2026-12-03T10:00:00.000Z' },
    blocks: [
      heading(1, 'Framåtblick'),
      paragraph('Förvaltningen ska digitalisera alla tjänster under 2020.'),
      heading(1, 'Viktiga händelser'),
      paragraph('Ny lokal.'),
      heading(1, 'Ekonomi'),
      tableBlock(
        table([
          ['Investeringar IT-utrustning', '45 333', '48 000'],
          ['Summa investeringar', '45 333', '48 000'],
          ['Ny rad', '1', '2'],
        ]),
      ),
      heading(2, 'Analys och kommentar'),
      paragraph('Oförändrad text.'),
    ],
  };

  it('lists what differs, table cells and text, and finds parts by their headings', () => {
    const comparison = compareModels(before, after);
    expect(
      comparison.items.map((item) => [
        item.kind,
        item.section,
        item.status,
        item.kind === 'text' ? (item.after ?? item.before) : item.caption,
      ]),
    ).toEqual([
      ['text', 'Framåtblick', 'changed', 'Förvaltningen ska digitalisera alla tjänster under 2020.'],
      ['text', 'Viktiga händelser', 'added', 'Viktiga händelser'],
      ['text', 'Viktiga händelser', 'added', 'Ny lokal.'],
      ['table', 'Ekonomi', 'changed', 'Investeringar 2019, belopp i tkr'],
      ['text', 'Ekonomi › Analys och kommentar', 'removed', 'Denna text tas bort.'],
    ]);
    // The unchanged: both headings Framåtblick and Ekonomi, Analys och kommentar and its first paragraph.
    expect(comparison.unchanged).toBe(4);
    expect(comparison.summary).toBe(
      '5 delar skiljer sig: 2 ändrade, 2 tillagda och 1 borttagna. 4 delar är oförändrade.',
    );
  });

  it('compares a table cell by cell: changed, added and removed rows, the same rows counted', () => {
    const diff = compareModels(before, after).items.find((item) => item.kind === 'table');
    expect(diff).toMatchObject({
      columns: ['Bokslut 2019', 'Budget 2019'],
      unchangedRows: 1,
      rows: [
        {
          header: 'Summa investeringar',
          status: 'changed',
          cells: [
            { before: '46 070', after: '45 333', changed: true },
            { before: '48 000', after: '48 000', changed: false },
          ],
        },
        { header: 'Ny rad', status: 'added', cells: [{ before: null, after: '1', changed: true }, {}] },
        {
          header: 'Inventarier',
          status: 'removed',
          cells: [{ before: '737', after: null, changed: true }, {}],
        },
      ],
    });
    const same = table([['A', '1', '2']]);
    expect(compareTables(same, table([['A', '1', '2']]))).toBeNull();
  });

  it('marks the words of a changed text that were taken away and put in', () => {
    expect(diffWords('ska digitalisera fler tjänster', 'ska digitalisera alla tjänster')).toEqual([
      { text: 'ska digitalisera ', change: 'same' },
      { text: 'fler ', change: 'removed' },
      { text: 'alla ', change: 'added' },
      { text: 'tjänster', change: 'same' },
    ]);
  });

  it('says when two versions hold the same', () => {
    const comparison = compareModels(before, { ...before, meta: { ...META, draft: false } });
    expect(comparison.items).toEqual([]);
    expect(comparison.summary).toBe('Versionerna har samma innehåll.');
  });
});
