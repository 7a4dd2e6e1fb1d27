/**
 * Journey: a controller creates a goal for a unit, gives it an indicator with a target and an outcome typed
 * the Swedish way, and sees the status in the unit's goal table; mistakes are explained next to the field.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { type AppServer, startAppServer } from './support/app-server.ts';
import { expectAccessible, launchBrowser, openPage, screenshot } from './support/browser.ts';

describe('editing goals, indicators, targets and outcomes', () => {
  let server: AppServer;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  before(async () => {
    [server, browser] = await Promise.all([startAppServer(), launchBrowser()]);
    page = await openPage(browser, errors);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('explains a missing name in an error summary that takes focus, and saves nothing', async () => {
    await page.goto(`${server.url}/2023/VSS`);
    await page.getByRole('link', { name: 'Nytt mål' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nytt mål för VSS' }).waitFor();
    await page.getByRole('button', { name: 'Skapa mål' }).click();
    const summary = page.getByRole('alert');
    await summary.getByText('Det gick inte att spara').waitFor();
    assert.equal(await summary.evaluate((element) => element === document.activeElement), true);
    await summary.getByRole('link', { name: 'Namn: får inte vara tomt.' }).click();
    assert.equal(
      await page.getByLabel('Namn').evaluate((element) => element === document.activeElement),
      true,
    );
    assert.equal(await page.getByLabel('Namn').getAttribute('aria-invalid'), 'true');
    await expectAccessible(page, 'the goal form with errors');
    await screenshot(page, 'goal-form-error');
  });

  it('creates a goal linked to a municipal goal', async () => {
    await page.getByLabel('Namn').fill('Snabbare fakturahantering');
    await page.getByLabel('Beskrivning').fill('Fakturor hanteras digitalt och i tid.');
    await page
      .getByLabel('Kommunövergripande mål')
      .selectOption({ label: 'Ekonomi: Kostnadseffektiv verksamhet' });
    await page.getByRole('button', { name: 'Skapa mål' }).click();
    await page.getByRole('heading', { level: 1, name: 'Snabbare fakturahantering' }).waitFor();
  });

  it('adds an indicator, a target with its reading, and an outcome typed with a decimal comma', async () => {
    await page.getByLabel('Namn', { exact: true }).first().fill('Andel e-fakturor');
    await page.getByLabel('Enhet', { exact: true }).fill('%');
    await page.getByLabel('Önskvärd riktning').first().selectOption({ label: 'Öka' });
    await page.getByRole('button', { name: 'Lägg till indikator' }).click();
    await page.getByRole('link', { name: 'Andel e-fakturor' }).click();
    await page.getByRole('heading', { level: 1, name: 'Andel e-fakturor' }).waitFor();

    await page.getByRole('textbox', { name: 'År', exact: true }).fill('2023');
    await page.getByRole('textbox', { name: 'Målvärde', exact: true }).fill('≥ 85');
    await page.getByText('Tolkas som: Minst 85.').waitFor();
    await page.getByRole('button', { name: 'Lägg till målvärde' }).click();
    await page.getByRole('cell', { name: 'Minst 85.' }).waitFor();

    await page.getByLabel('Uppföljningstillfälle').selectOption({ label: 'Delår 31 augusti 2023' });
    await page.getByLabel('Utfall för år').fill('2023');
    await page.getByLabel('Till och med månad').selectOption({ label: 'augusti' });
    await page.getByLabel('Totalt (%)').fill('86,5');
    await page.getByRole('button', { name: 'Lägg till utfall' }).click();
    const row = page.getByRole('row', { name: /Delår 31 augusti 2023/ });
    await row.getByRole('cell', { name: '86,5' }).waitFor();
    assert.match(await row.innerText(), /jan–aug/);
    await expectAccessible(page, 'the indicator page');
    await screenshot(page, 'indicator-page');
  });

  it('refuses an outcome that is both a value and "ingen uppgift", naming the field', async () => {
    await page.getByLabel('Uppföljningstillfälle').selectOption({ label: 'Bokslut 2023' });
    await page.getByLabel('Utfall för år').fill('2023');
    await page.getByLabel('Totalt (%)').fill('90');
    await page.getByRole('checkbox', { name: 'Ingen uppgift' }).check();
    await page.getByRole('button', { name: 'Lägg till utfall' }).click();
    const summary = page.getByRole('alert');
    await summary
      .getByText(/Totalt: anges både som värde och som ”ingen uppgift”/)
      .first()
      .waitFor();
    assert.equal(await page.getByRole('row', { name: /Bokslut 2023/ }).count(), 0);
  });

  it('shows the new goal, its target and its status in the unit’s table', async () => {
    await page.goto(`${server.url}/2023/VSS`);
    await page.getByRole('link', { name: 'Delår 31 augusti 2023' }).click();
    const table = page.getByRole('table', { name: /Kostnadseffektiv verksamhet/ });
    await table.getByRole('link', { name: 'Snabbare fakturahantering' }).waitFor();
    const row = table
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: /^Andel e-fakturor/ }) });
    assert.match(await row.innerText(), /86,5.*≥ 85.*Uppfyllt/s);
    await expectAccessible(page, 'the sheet with the new goal');
  });

  it('retires the goal, which then leaves the table but keeps its history', async () => {
    await page.getByRole('link', { name: 'Snabbare fakturahantering' }).click();
    await page.getByRole('button', { name: 'Avveckla målet' }).click();
    await page.getByText('Målet är avvecklat.').waitFor();
    await page.getByRole('heading', { name: 'Historik' }).waitFor();
    await page.getByText(/Avvecklade av Lokal användare/).waitFor();
    await page.goto(`${server.url}/2023/VSS`);
    await page.getByRole('table').first().waitFor();
    assert.equal(await page.getByRole('link', { name: 'Snabbare fakturahantering' }).count(), 0);
  });

  it('logged no errors', () => {
    assert.deepEqual(errors, []);
  });
});
