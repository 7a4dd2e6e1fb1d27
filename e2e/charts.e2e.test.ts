/**
 * Journey: a controller opens Ekonomi and sees VSS's costs and revenues per unit this year against last
 * year, and the forecast against the budget over the year's rounds, each drawn as a chart (SVG bars) with
 * its table one click away; then opens a measure on Volymer och personal and sees its values over the
 * years the same way. The drawings are images with a Swedish description, and the page passes axe.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { Locator } from 'playwright-core';
import { CHART_COLOURS, type ChartModel } from '../src/core/chart.ts';
import { expectAccessible, SCREENSHOT_DIR, screenshot } from './support/browser.ts';
import { useJourney } from './support/journey.ts';

/** The colour of a chart's first series, its bars' fill. */
const FIRST_COLOUR = CHART_COLOURS[0];

const nbsp = (text: string) => text.replace(/\u00a0/g, ' ');

/** The chart's table, opened, as the header and cell texts of each row. */
async function openTable(figure: Locator): Promise<string[][]> {
  await figure.getByText('Visa som tabell').click();
  const table = figure.getByRole('table');
  await table.waitFor();
  return Promise.all(
    (await table.locator('tbody tr').all()).map(async (row) =>
      (await row.locator('th, td').allInnerTexts()).map(nbsp),
    ),
  );
}

/** What the table of a chart model prints, row by row. */
function printed(chart: ChartModel): string[][] {
  return chart.table.groups.flatMap((group) =>
    group.rows.map((row) => [row.header.text, ...row.cells.map((cell) => cell.text)].map(nbsp)),
  );
}

/** The bars: ECharts draws each as an SVG path filled with its series' colour, as is its legend icon. */
async function barCount(figure: Locator, colour: string): Promise<number> {
  return (await figure.locator(`svg path[fill="${colour}"]`).count()) - 1;
}

const shot = (name: string) => ({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });

describe('charts in the browser', () => {
  const journey = useJourney();

  it('draws VSS’s costs and revenues per unit against last year, with the same figures as a table', async () => {
    const { page, server } = journey;
    await page.goto(`${server.url}/ekonomi`);
    await page.getByRole('heading', { level: 1, name: 'Ekonomi' }).waitFor();
    await page.locator('#charts-org').selectOption('VSS');
    await page.locator('#charts-year').selectOption('2023');
    const figure = page.getByRole('figure', {
      name: /^Kostnader och intäkter per enhet, Verksamhetsstöd och service/,
    });
    await figure.locator(`svg path[fill="${FIRST_COLOUR}"]`).first().waitFor();
    const model = (await (
      await page.request.get(`${server.url}/api/v1/economy/charts/costs-and-revenues?org=VSS&year=2023`)
    ).json()) as ChartModel;
    // One bar per unit and series that has a figure; the first series is drawn in the first colour.
    const figures = model.series[0]?.values.filter((value) => value !== null).length ?? 0;
    assert.ok(figures > 0);
    assert.equal(await barCount(figure, FIRST_COLOUR), figures);
    const drawing = figure.getByRole('img', { name: /^Diagram: / });
    assert.match(
      (await drawing.getAttribute('aria-label')) ?? '',
      /^Diagram: Kostnader och intäkter per enhet/,
    );
    assert.deepEqual(await openTable(figure), printed(model));
    assert.deepEqual(await figure.getByRole('columnheader').allInnerTexts(), [
      'Enhet',
      'Kostnader 2023',
      'Kostnader 2022',
      'Intäkter 2023',
      'Intäkter 2022',
    ]);
    await screenshot(page, 'charts-economy');
    await figure.screenshot(shot('charts-costs-and-revenues'));
    await expectAccessible(page, 'the Ekonomi page with charts');
  });

  it('draws the forecast at each round against the budget', async () => {
    const { page } = journey;
    const figure = page.getByRole('figure', {
      name: 'Helårsprognos mot budget 2023, Verksamhetsstöd och service',
    });
    await figure.locator(`svg path[fill="${FIRST_COLOUR}"]`).first().waitFor();
    const rows = await openTable(figure);
    assert.deepEqual(
      rows.map((row) => row[0]),
      ['Delår 30 april', 'Delår 31 augusti', 'Oktoberuppföljning'],
    );
    // The demo's units forecast in August: a figure there, and the budget on every round.
    assert.match(rows[1]?.[1] ?? '', /^−?[\d ]+$/);
    assert.ok(rows.every((row) => /^−?[\d ]+$/.test(row[2] ?? '')));
    await figure.screenshot(shot('charts-forecast-vs-budget'));
  });

  it('draws a measure’s outcomes over the years against its budget and plan', async () => {
    const { page } = journey;
    await page
      .getByRole('navigation', { name: 'Verktyg' })
      .getByRole('link', { name: 'Volymer och personal' })
      .click();
    // The page first, then its fields: Ekonomi, left behind, has unit fields of its own.
    await page.getByRole('heading', { level: 1, name: 'Volymer och personal' }).waitFor();
    await page.locator('#volumes-org').selectOption('VSS');
    await page.locator('#volumes-year').selectOption('2023');
    await page
      .getByRole('table', { name: 'Volymutveckling' })
      .getByRole('link', { name: 'Ärenden Kontakt Linköping' })
      .click();
    const figure = page.getByRole('figure', { name: /^Ärenden Kontakt Linköping \d{4}–\d{4}$/ });
    await figure.locator(`svg path[fill="${FIRST_COLOUR}"]`).first().waitFor();
    assert.ok((await barCount(figure, FIRST_COLOUR)) >= 1);
    const rows = await openTable(figure);
    const year2021 = rows.find((row) => row[0] === '2021');
    assert.equal(year2021?.[1], '283 648');
    assert.deepEqual((await figure.getByRole('columnheader').allInnerTexts()).slice(0, 2), ['År', 'Utfall']);
    await expectAccessible(page, 'a measure with its chart');
    await screenshot(page, 'charts-volumes');
    await figure.screenshot(shot('charts-measure'));
  });
});
