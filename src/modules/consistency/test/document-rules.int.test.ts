/**
 * The rules over a document's own content on the demo's generated documents (issue 9), on both engines.
 * The documents are computed – sums, nets, variances and their varav rows from exact figures, every verdict
 * from one assessment – so the rules over figures, conventions and verdicts find nothing in them; what they
 * do find is true on the data: the text sections the demo leaves unwritten, each beside its placeholder, and
 * the large variances of the operating statements those unwritten comments leave uncommented, counted in
 * the draft's summary. The economy's tables are read, not skipped: their sums and nets are checked and agree.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentBlock, FindingsBlock } from '#core/document.ts';
import { startTestApp, type TestApp } from '../../../../test/app-harness.ts';
import { systemContext } from '../../../app.ts';
import { loadDemoIfEmpty } from '../../../demo/load-demo.ts';
import type { Ctx } from '../../context.ts';
import { buildDocument } from '../../documents/document-service.ts';
import type { DocumentType } from '../../documents/domain/document.ts';
import {
  flatRows,
  isSumRow,
  netConventionOf,
  printedTables,
  RULE_NAMES,
  runDocumentChecks,
  summedRows,
} from '../domain/index.ts';
import { plain } from '../domain/test-places.ts';

let t: TestApp;
let ctx: Ctx;
const units = new Map<string, string>();

beforeAll(async () => {
  t = await startTestApp();
  await loadDemoIfEmpty(t.database.db);
  ctx = systemContext(t.database.db);
  const { rows } = await sql<{ id: string; code: string; kind: string }>`
    select id, code, kind from org_unit`.execute(t.database.db);
  for (const row of rows) {
    units.set(row.kind === 'municipality' ? 'municipality' : row.code, row.id);
  }
}, 120_000);
afterAll(async () => {
  await t?.close();
});

const contentOf = (blocks: readonly DocumentBlock[]) => blocks.filter((block) => block.kind !== 'findings');

/** The block of the first table with an "Avvikelse" column. */
const statementWithVariance = (blocks: readonly DocumentBlock[]) =>
  blocks.findIndex(
    (block) => block.kind === 'table' && block.table.columns.some((column) => column.label === 'Avvikelse'),
  );

const DOCUMENTS: readonly (readonly [string, number, DocumentType])[] = [
  ['VSS', 2019, 'annual'],
  ['VSS', 2019, 'interim'],
  ['VSS', 2023, 'annual'],
  ['VSS', 2023, 'interim'],
  ['VSS', 2023, 'budget'],
  ['municipality', 2023, 'municipal'],
];

const uncommented = (row: string, variance: string, budget: string) =>
  `Raden ”${row}” avviker från budget med ${variance} tkr (${budget}), men ingen text under tabellen ` +
  'kommenterar den.';

/**
 * The large variances of the operating statements whose "Analys och kommentar" the demo leaves unwritten
 * (its placeholder stands under the statement): true, and said beside the statement. The compilation prints
 * the boards' statements with no text section at them, so nothing is said there.
 */
const UNCOMMENTED: Readonly<Record<string, readonly string[]>> = {
  // VSS 2019's annual report comments its statement as 002:151-166 does, naming VSS ledning, LK-data and
  // Kontakt Linköping: nothing is said. Its interim report has no texts.
  'VSS 2019 interim': [
    uncommented('LK-data', '15 334', '3 067 % av budgeten 500 tkr'),
    uncommented('Kontakt Linköping', '2 000', 'budgeten är 0 tkr'),
    uncommented('Summa', '16 389', '3 278 % av budgeten 500 tkr'),
  ],
  'VSS 2023 annual': [
    uncommented('Kost och restaurang', '−1 097', 'budgeten är 0 tkr'),
    uncommented('LKDATA', '4 857', 'budgeten är 0 tkr'),
    uncommented('Summa', '3 314', 'budgeten är 0 tkr'),
  ],
  'VSS 2023 interim': [
    uncommented('Stab och ledning', '−1 319', 'budgeten är 0 tkr'),
    uncommented('Kost och restaurang', '−1 645', 'budgeten är 0 tkr'),
    uncommented('LKDATA', '7 285', 'budgeten är 0 tkr'),
    uncommented('Summa', '4 971', 'budgeten är 0 tkr'),
  ],
};

describe('the demo’s generated documents', () => {
  it.each(DOCUMENTS)(
    '%s %s %s: no sum, varav, net, sign, variance or verdict finding; each empty section and uncommented large variance said',
    async (code, year, type) => {
      const unitId = units.get(code) as string;
      const draft = await buildDocument(ctx, { unitId, year, type });
      const blocks = contentOf(draft.blocks);
      const found = runDocumentChecks(blocks);
      const placeholders = blocks.flatMap((block, index) =>
        block.kind === 'notice' && block.placeholder ? [index] : [],
      );
      const statement = blocks.findIndex(
        (block) => block.kind === 'table' && block.table.caption.startsWith('Driftsammandrag'),
      );
      const expected = UNCOMMENTED[`${code} ${year} ${type}`] ?? [];
      expect(
        found
          .filter((finding) => finding.ruleId !== 'document-section-empty')
          .map((finding) => [finding.ruleId, finding.severity, finding.block, plain(finding.message)]),
      ).toEqual(
        expected.map((message) => [
          'document-variance-uncommented',
          'varning',
          // The statement with a variance column: the interim's second, the forecast.
          type === 'interim' ? statementWithVariance(blocks) : statement,
          message,
        ]),
      );
      expect(
        found
          .filter((finding) => finding.ruleId === 'document-section-empty')
          .map((finding) => finding.block),
      ).toEqual(placeholders);

      // In the draft: each beside its placeholder or table, and counted in the summary.
      const list = draft.blocks[0] as FindingsBlock;
      const warnings = placeholders.length + expected.length;
      expect(list.list?.summary).toContain(
        `Dokumentets egna kontroller: 0 fel, ${warnings} ${warnings === 1 ? 'varning' : 'varningar'}, 0 noteringar.`,
      );
      for (const [index, block] of draft.blocks.entries()) {
        if (block.kind === 'notice' && block.placeholder) {
          const next = draft.blocks[index + 1];
          expect(next?.kind).toBe('findings');
          expect((next as FindingsBlock).notes.map((note) => note.rule)).toContain(
            RULE_NAMES['document-section-empty'],
          );
        }
      }
    },
  );

  it('reads the economy’s tables: VSS 2023’s statement and the budget’s investments have sums and nets it checks', async () => {
    const unitId = units.get('VSS') as string;
    for (const type of ['annual', 'budget'] as const) {
      const draft = await buildDocument(ctx, { unitId, year: 2023, type });
      const tables = printedTables(contentOf(draft.blocks));
      const read = tables.filter((printed) => {
        const rows = flatRows(printed.table);
        return rows.some((row, index) => isSumRow(row.row) && summedRows(rows, index) !== null);
      });
      expect(read.length, type).toBeGreaterThan(0);
      expect(
        tables.some((printed) => netConventionOf(printed) !== null),
        type,
      ).toBe(true);
    }
  });
});
