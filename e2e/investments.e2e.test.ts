/**
 * Journey: a controller opens Investeringar, reads VSS's investment table of the budget for 2023 as
 * 000:342-349 prints it, creates a project, adds a budget amount typed the Swedish way in tkr, and sees the
 * project and the new sum in the unit's table.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectAccessible, screenshot } from './support/browser.ts';
import { useJourney } from './support/journey.ts';

const cells = async (row: import('playwright-core').Locator) =>
  (await row.getByRole('cell').allInnerTexts()).map((text) => text.replace(/\u00a0/g, ' ').trim());

describe('investments in the browser', () => {
  const journey = useJourney();

  it('shows VSS’s investments of the budget for 2023 as 000:342-349 prints them', async () => {
    const { page } = journey;
    await page.goto(journey.server.url);
    await page
      .getByRole('navigation', { name: 'Verktyg' })
      .getByRole('link', { name: 'Investeringar' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Investeringar' }).waitFor();
    await page.getByLabel('Enhet', { exact: true }).selectOption('VSS');
    await page.locator('#investments-year').selectOption('2023');
    await page.getByLabel('Tabell', { exact: true }).selectOption({ label: 'Budget med plan' });
    const table = page.getByRole('table', { name: 'Investeringar 2023, belopp i tkr' });
    await table.getByRole('rowheader', { name: 'LKDATA – IT-utrustning' }).waitFor();
    assert.deepEqual((await table.getByRole('columnheader').allInnerTexts()).slice(0, 4), [
      'Investeringar',
      'Budget 2022',
      'Budget förslag 2023',
      'Plan förslag 2024',
    ]);
    const total = table.getByRole('row', { name: /^Summa investeringar/ });
    assert.deepEqual((await cells(total)).slice(0, 3), ['46 000', '60 500', '45 000']);
    const frame = table.getByRole('row', {
      name: /^Investeringsram enl\. beslut i KF den 28 september 2021/,
    });
    assert.deepEqual((await cells(frame)).slice(0, 2), ['46 000', '45 500']);
    await expectAccessible(page, 'the investments page');
    await screenshot(page, 'investments-budget-2023');
  });

  it('creates a project, adds a budget in tkr, and sees it in the table', async () => {
    const { page } = journey;
    const create = page.getByRole('form', { name: 'Nytt investeringsprojekt' });
    await create.getByLabel('Namn').fill('Gemensamt – kundtjänst');
    await create.getByLabel('Startår').fill('2023');
    await create.getByRole('button', { name: 'Skapa projektet' }).click();
    await page.getByRole('heading', { level: 2, name: 'Projekt: Gemensamt – kundtjänst' }).waitFor();
    await page.getByText('Projektet har inga belopp ännu.').waitFor();

    const form = page.getByRole('form', { name: 'Nytt belopp' });
    await form.getByLabel('År').fill('2023');
    await form.getByLabel('Typ av belopp').selectOption({ label: 'Budget' });
    await form.getByLabel('Utgifter (tkr)').fill('1 500,5');
    await form.getByRole('button', { name: 'Lägg till beloppet' }).click();
    const amounts = page.getByRole('table', { name: 'Belopp för Gemensamt – kundtjänst, i tkr' });
    await amounts
      .getByRole('cell', { name: /^1.500,5$/ })
      .first()
      .waitFor();

    const table = page.getByRole('table', { name: 'Investeringar 2023, belopp i tkr' });
    const row = table.getByRole('row', { name: /^Gemensamt – kundtjänst/ });
    await row.waitFor();
    // Printed in whole tkr: 1 500,5 rounds half away from zero to 1 501.
    assert.deepEqual((await cells(row)).slice(0, 2), ['', '1 501']);
    const total = table.getByRole('row', { name: /^Summa investeringar/ });
    await total.getByRole('cell', { name: '62 001' }).waitFor();
    await expectAccessible(page, 'the project with an amount');
    await screenshot(page, 'investments-project');
  });
});
