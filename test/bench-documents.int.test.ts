/**
 * The documents benchmark (bench/documents.ts) on a small generated municipality: `npm run bench` is not
 * part of the suite, so a change to the documents' API or the PDF renderer could break it unnoticed. One
 * timed run and two renders in a row; Chromium from CHROMIUM_PATH (skipped where none is installed).
 */
import fs from 'node:fs';
import { expect, it } from 'vitest';
import { benchDocuments, countPages, largestAdministration } from '../bench/documents.ts';
import { generatePackage } from '../bench/generate.ts';
import { documentsSummaryRows } from '../bench/summary.ts';

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

it('picks the administration with the most indicators of its own', () => {
  const data = generatePackage(0.05);
  const code = largestAdministration(data);
  const own = (unit: string) => {
    const goals = new Set(data.pkg.goals.filter((goal) => goal.orgUnit === unit).map((goal) => goal.id));
    return data.pkg.indicators.filter((indicator) => goals.has(indicator.goalId)).length;
  };
  const administrations = data.pkg.orgUnits.filter((unit) => unit.kind === 'administration');
  expect(administrations.length).toBeGreaterThan(1);
  expect(own(code)).toBe(Math.max(...administrations.map((unit) => own(unit.code))));
});

it.skipIf(!fs.existsSync(chromium))(
  'renders the annual report and the municipal compilation to HTML, PDF and Word against Chromium alone, with one browser',
  async () => {
    const data = generatePackage(0.05);
    const results = await benchDocuments(data, { runs: 1, renders: 2 });
    expect(results.failures).toEqual([]);
    expect(results.setup?.ledgerMonthRows).toBeGreaterThan(0);
    expect(results.documents.map((run) => run.type)).toEqual(['annual', 'municipal']);
    for (const run of results.documents) {
      expect(run.pages, run.name).toBeGreaterThan(1);
      expect(run.pdfBytes).toBeGreaterThan(run.htmlBytes);
      expect(run.docxBytes).toBeGreaterThan(0);
      expect(run.total.medianMs).toBeGreaterThan(run.pdf.medianMs);
      expect(Number.isFinite(run.ratio) && run.ratio > 0).toBe(true);
      expect(run.modelQueries.statements).toBeGreaterThan(0);
    }
    // The synthetic ledger reaches the compilation: the municipality's driftsammandrag and every board's
    // and förvaltning's beside its goal fulfilment are tables, not "Ingen huvudbok … är inläst".
    const parts = data.pkg.orgUnits.filter((unit) =>
      ['executiveBoard', 'board', 'administration'].includes(unit.kind),
    ).length;
    expect(results.documents[1]?.tables).toBe(1 + 2 * parts);
    expect(results.memory?.points.map((point) => point.render)).toEqual([1, 2]);
    expect(results.memory?.oneBrowser).toBe(true);
    const summary = documentsSummaryRows(results);
    expect(summary.filter((row) => row.status === 'ERROR')).toEqual([]);
    expect(summary.filter((row) => row.goal !== '').map((row) => row.status)).not.toContain('ERROR');
    expect(summary.some((row) => /one browser/.test(row.measure) && row.status === 'PASS')).toBe(true);
  },
  120_000,
);

it('counts a PDF’s pages', () => {
  const pdf = Buffer.from(
    '%PDF-1.4\n1 0 obj << /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >> endobj\n' +
      '2 0 obj << /Type /Page /Parent 1 0 R >> endobj\n3 0 obj << /Type /Page /Parent 1 0 R >> endobj\n%%EOF\n',
    'latin1',
  );
  // pdfinfo may refuse this sketch of a PDF (no cross-reference table); the page objects are then counted.
  expect(countPages(pdf).pages).toBe(2);
});
