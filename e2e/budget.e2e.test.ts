/**
 * Journey: a controller opens Budget, picks LKDATA's 2023 budget (read in from the demo's CSV), changes the
 * costs in the grid and sees the result under it change as she leaves the cell, finds the change saved,
 * adds an account budgeted per month and types a month to see the year as the months' sum, then reads a
 * budget in from a CSV file and sees a file with a formula refused.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { expectAccessible, screenshot } from './support/browser.ts';
import { useJourney } from './support/journey.ts';

describe('the budget in the browser', () => {
  const journey = useJourney();
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'verksam-budget-'));

  it('edits a budget line in the grid; the totals follow at once and the change is saved', async () => {
    const { page } = journey;
    await page.goto(journey.server.url);
    await page.getByRole('navigation', { name: 'Verktyg' }).getByRole('link', { name: 'Budget' }).click();
    await page.getByRole('heading', { level: 1, name: 'Budget' }).waitFor();
    await page.locator('#budget-org').selectOption('LKDATA');
    await page.locator('#budget-year').selectOption('2023');
    const grid = page.getByRole('treegrid').or(page.getByRole('grid')).first();
    await grid.waitFor();
    const result = grid.getByRole('row').filter({ hasText: 'Resultat (intäkter − kostnader)' });
    assert.match(await result.innerText(), /Resultat \(intäkter − kostnader\)\s+0\b/);
    // The amount cell of the row for account 4 (costs, by account class), found by AG Grid's column ids.
    const costs = grid.locator('.ag-row:has([col-id="account"]:text-is("4")) [col-id="amount"]');
    await costs.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('240 000 000');
    await page.keyboard.press('Enter');
    await grid
      .getByRole('row')
      .filter({ hasText: /−5\s000\s000/ })
      .first()
      .waitFor();
    await expectAccessible(page, 'the budget page with its grid');
    await screenshot(page, 'budget-grid');
    // Saved: the same figure comes back from the server.
    for (let tries = 0; ; tries += 1) {
      const lines = await (
        await journey.session.api('/api/v1/economy/budget-lines?org=LKDATA&year=2023')
      ).json();
      if (lines.find((line: { account: string }) => line.account === '4')?.amount === '240000000.00') {
        break;
      }
      assert.ok(tries < 50, 'the edited amount was not saved');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });

  it('budgets an account per month: a typed month makes the year its sum, and a bad one saves nothing', async () => {
    const { page } = journey;
    // A new account budgeted from January on.
    const newLine = page.getByRole('form', { name: 'Ny budgetrad' });
    await newLine.getByLabel('Konto', { exact: true }).fill('4020');
    await newLine.getByLabel('Period').selectOption({ label: 'januari' });
    await newLine.getByLabel('Belopp, kr').fill('1 000');
    await newLine.getByRole('button', { name: 'Lägg till raden' }).click();
    const grid = page.getByRole('treegrid').or(page.getByRole('grid')).first();
    const row = (account: string) => grid.locator(`.ag-row:has([col-id="account"]:text-is("${account}"))`);
    await row('4020').locator('[col-id="period"]:text-is("Per månad")').first().waitFor();
    const showMonths = page.getByLabel('Visa per månad');
    assert.equal(await showMonths.isChecked(), true);
    // A year-only account keeps its months empty and cannot take one.
    assert.equal(await row('4').locator('[col-id="m2"]').first().innerText(), '');
    await row('4020').locator('[col-id="m2"]').first().click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2 500,50');
    await page.keyboard.press('Enter');
    await row('4020').locator('[col-id="amount"]:text-is("3 500,50")').first().waitFor();
    // The totals per month count the accounts budgeted per month (here 4020 alone), as they are typed.
    await row('Summa kostnader').locator('[col-id="m2"]:text-is("2 500,50")').first().waitFor();
    await row('Resultat (intäkter − kostnader)')
      .locator('[col-id="m2"]:text-is("−2 500,50")')
      .first()
      .waitFor();
    await expectAccessible(page, 'the budget grid per month');
    await screenshot(page, 'budget-grid-months');
    for (let tries = 0; ; tries += 1) {
      const lines = await (
        await journey.session.api('/api/v1/economy/budget-lines?org=LKDATA&year=2023')
      ).json();
      const months = lines
        .filter((line: { account: string }) => line.account === '4020')
        .map((line: { month: number; amount: string }) => `${line.month}:${line.amount}`);
      if (months.join(',') === '1:1000.00,2:2500.50') {
        break;
      }
      assert.ok(tries < 50, `the month was not saved: ${months.join(',')}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    // A month that is not an amount: said in Swedish, naming month, account and value; the year stays.
    await row('4020').locator('[col-id="m3"]').first().click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('tre tusen');
    await page.keyboard.press('Enter');
    await page
      .getByRole('alert')
      .filter({
        hasText:
          '”tre tusen” är inte ett belopp i kronor med högst två decimaler; mars på konto 4020 är oförändrat.',
      })
      .waitFor();
    assert.match(await row('4020').locator('[col-id="amount"]').first().innerText(), /^3\s500,50$/);
    // Off, the months go and the year stays.
    await showMonths.uncheck();
    assert.equal(await grid.locator('[col-id="m2"]').count(), 0);
  });

  it('shows KS’s frame 2020 with its adjustments, and the budget within it (001:572-578)', async () => {
    const { page } = journey;
    await page.locator('#budget-year').selectOption('2020');
    const frames = page.getByRole('table', { name: /^Ramar och budget 2020/ });
    await frames.waitFor();
    const ks = frames
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: /^Kommunstyrelsen/ }) });
    const text = await ks.innerText();
    assert.match(text, /463\s475/);
    assert.match(text, /\+1\s000 Statistiktjänster \(från Barn- och ungdomsnämnden\)/);
    assert.match(text, /−3\s000 Elitstöd \(till Kultur- och fritidsnämnden\)/);
    assert.match(text, /460\s375\s+460\s375\s+✓ Inom ram: 0 tkr kvar\./);
    await page.locator('#budget-org').selectOption('KS');
    const bridge = page.getByRole('table', { name: 'Specifikation av förändringar, nettokostnad i tkr' });
    const klf = bridge
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Kommunledningsförvaltningen' }) });
    // 482 336 − 9 905 − 5 824 − 15 810 − 3 100 + 12 678 = 460 375 (domain.md §3.5).
    assert.match(
      await klf.innerText(),
      /482\s336\s+−9\s905\s+−5\s824\s+−15\s810\s+−3\s100\s+12\s678\s+460\s375\s+✓ Stämmer/,
    );
    // The cost reductions one by one, per stab, as 001:894-933 lists them.
    const changes = page.getByRole('table', { name: /^Förändringarna var för sig, 2019 till 2020/ });
    const planning = changes.getByRole('row').filter({ hasText: 'Planeringsstaben' });
    assert.match(await planning.innerText(), /Götalandsbanan \(−330 tkr\).*\s−1\s325$/s);
    assert.equal(
      await changes
        .getByRole('row')
        .filter({ hasText: /staben|Kommunledningen/ })
        .count(),
      8,
    );
    await expectAccessible(page, 'frames on the budget page');
    await screenshot(page, 'budget-frames');
  });

  it('reads a budget in from CSV, and refuses a file with a formula, naming the line and column', async () => {
    const { page } = journey;
    const good = path.join(scratch, 'budget.csv');
    fs.writeFileSync(
      good,
      '\uFEFFEnhet;Konto;År;Belopp;Kommentar\r\nLKDATA;4;2030;100 000;Ny\r\nLKDATA;3;2030;-100000;\r\n',
    );
    await page.getByLabel('Budgetfil (Excel eller CSV)').setInputFiles(good);
    await page.getByRole('button', { name: 'Läs in budgeten' }).click();
    await page.getByText('Budgeten i ”budget.csv” är inläst: 2 rader, varav 2 nya').waitFor();
    await page.getByRole('button', { name: 'Läs in en fil till' }).click();

    const bad = path.join(scratch, 'trasig.csv');
    fs.writeFileSync(bad, 'Enhet;Konto;År;Belopp\r\nLKDATA;4;2024;=A1*2\r\n');
    await page.getByLabel('Budgetfil (Excel eller CSV)').setInputFiles(bad);
    await page.getByRole('button', { name: 'Läs in budgeten' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Budgetfilen ”trasig.csv” lästes inte in' });
    await alert.waitFor();
    assert.match(
      await alert.innerText(),
      /rad 2, Belopp: Belopp ska vara ett belopp i kronor[^\n]*\(värde: "=A1\*2"\)/,
    );
    await expectAccessible(page, 'a refused budget file');
    await screenshot(page, 'budget-refused');
    fs.rmSync(scratch, { recursive: true, force: true });
  });
});
