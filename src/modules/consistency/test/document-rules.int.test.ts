/**
 * The rules over a document's own content on the demo's generated documents (issue 9), on both engines.
 * The documents are computed – sums, nets and their varav rows from exact figures, every verdict from one
 * assessment – so the rules over figures and verdicts find nothing in them; what they do find is true on the
 * data: the text sections the demo leaves unwritten, each beside its placeholder, counted in the draft's
 * summary. The economy's tables are read, not skipped: their sums and nets are checked and agree.
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

const DOCUMENTS: readonly (readonly [string, number, DocumentType])[] = [
  ['VSS', 2019, 'annual'],
  ['VSS', 2023, 'annual'],
  ['VSS', 2023, 'interim'],
  ['VSS', 2023, 'budget'],
  ['municipality', 2023, 'municipal'],
];

describe('the demo’s generated documents', () => {
  it.each(DOCUMENTS)(
    '%s %s %s: no sum, varav, net, sign or verdict finding; each empty section said',
    async (code, year, type) => {
      const unitId = units.get(code) as string;
      const draft = await buildDocument(ctx, { unitId, year, type });
      const blocks = contentOf(draft.blocks);
      const found = runDocumentChecks(blocks);
      const placeholders = blocks.flatMap((block, index) =>
        block.kind === 'notice' && block.placeholder ? [index] : [],
      );
      expect(found.filter((finding) => finding.ruleId !== 'document-section-empty')).toEqual([]);
      expect(found.map((finding) => finding.block)).toEqual(placeholders);

      // In the draft: each beside its placeholder, and counted in the summary.
      const list = draft.blocks[0] as FindingsBlock;
      expect(list.list?.summary).toContain(
        `Dokumentets egna kontroller: 0 fel, ${placeholders.length} ${placeholders.length === 1 ? 'varning' : 'varningar'}, 0 noteringar.`,
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
