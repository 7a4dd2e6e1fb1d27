/**
 * The documents benchmark (bench/documents.ts) on a small generated municipality: `npm run bench` is not
 * part of the suite, so a change to the documents' API or the PDF renderer could break it unnoticed. One
 * timed run and two renders in a row; Chromium from CHROMIUM_PATH (skipped where none is installed). And the
 * data it adds for the documents (bench/document-data.ts): valid, deterministic, filling every section of the
 * annual report, with the goal model's lists left as generated and a ledger booked from the budget.
 */
import fs from 'node:fs';
import { expect, it } from 'vitest';
import { documentPackage } from '../bench/document-data.ts';
import { benchDocuments, countPages, largestAdministration } from '../bench/documents.ts';
import { generatePackage, LIST_NAMES, roundId, YEARS } from '../bench/generate.ts';
import { documentsSummaryRows } from '../bench/summary.ts';
import { parseDataPackage } from '../bench/verksam.ts';

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

it('adds what the reports print to the package, deterministically, leaving the goal model as generated', () => {
  const data = generatePackage(0.05);
  const { pkg, lists, writtenAssessments } = documentPackage(data);
  expect(documentPackage(data).pkg).toEqual(pkg);
  const parsed = parseDataPackage(pkg);
  expect(parsed.success, parsed.error?.message).toBe(true);
  for (const list of LIST_NAMES.filter((name) => name !== 'assessments')) {
    expect(pkg[list], list).toBe(data.pkg[list]);
  }
  expect(pkg.assessments.map(({ basis: _basis, ...rest }) => rest)).toEqual(
    data.pkg.assessments.map(({ basis: _basis, ...rest }) => rest),
  );
  expect(writtenAssessments).toBeGreaterThan(0);
  // Every board and administration wrote every text of its annual report at every closing.
  const reporting = data.pkg.orgUnits.filter((unit) =>
    ['executiveBoard', 'board', 'administration'].includes(unit.kind),
  );
  const written = new Set(
    lists.narrativeTexts.map((text) => `${text.orgUnit}|${text.reportingRoundId}|${text.key}`),
  );
  for (const unit of reporting) {
    expect(written.has(`${unit.code}|${roundId(YEARS[2], 'closing')}|coreActivities`), unit.code).toBe(true);
  }
  expect(lists.narrativeTexts).toHaveLength(reporting.length * YEARS.length * 9);
  // Every unit at the bottom of the tree has a budget for every year and account.
  const units = data.pkg.orgUnits.filter((unit) => unit.kind === 'unit').length;
  expect(lists.budgetLines).toHaveLength(units * YEARS.length * 10);
  for (const list of ['volumeValues', 'investmentAmounts', 'assignmentStatuses', 'controlResults'] as const) {
    expect(lists[list].length, list).toBeGreaterThan(0);
  }
});

it.skipIf(!fs.existsSync(chromium))(
  'renders the annual report and the municipal compilation to HTML, PDF and Word against Chromium alone, with one browser',
  async () => {
    const data = generatePackage(0.05);
    const results = await benchDocuments(data, { runs: 1, renders: 2 });
    expect(results.failures).toEqual([]);
    expect(results.setup?.ledgerSumRows).toBeGreaterThan(0);
    // The ledger is booked from the budget, each line off it by at most 10 %.
    expect(results.setup?.ledgerToBudget).toBeGreaterThan(0.9);
    expect(results.setup?.ledgerToBudget).toBeLessThan(1.1);
    expect(results.setup?.ledgerToBudget).not.toBe(1);
    expect(results.documents.map((run) => run.type)).toEqual(['annual', 'municipal']);
    // The generated data fills every section of the annual report: no text missing, no table empty.
    // (The template's empty texts begin "Inga …" or "Ingen …"; a draft's missing text "Text saknas: …".)
    const missing = (results.documents[0]?.notices ?? []).filter((text) =>
      /^(Text saknas:|Inga |Ingen )/.test(text),
    );
    expect(missing).toEqual([]);
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
