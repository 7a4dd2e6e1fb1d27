/**
 * Journey: a manager assesses a goal in a follow-up round. The page shows what the indicators suggest; a
 * verdict that contradicts them is saved as given and clearly marked.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { type AppServer, startAppServer } from './support/app-server.ts';
import { expectAccessible, launchBrowser, openPage, screenshot } from './support/browser.ts';

describe('assessing a goal', () => {
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

  it('shows the 2019 verdict next to the suggestion from the indicators', async () => {
    await page.goto(`${server.url}/2019/VSS`);
    await page.getByRole('link', { name: 'Bokslut 2019' }).click();
    const goalCell = page.getByRole('rowheader', { name: /Framgångsrikt chef- och ledarskap/ });
    await goalCell.getByRole('link', { name: /Visa bedömning/ }).click();
    await page.getByRole('heading', { level: 1, name: /Framgångsrikt chef- och ledarskap/ }).waitFor();
    await page.getByText('Nuvarande bedömning:').waitFor();
    assert.match(await page.getByText('Nuvarande bedömning:').innerText(), /Delvis uppfyllt/);
    await page
      .getByText(/av \d+ indikatorer med beräkningsbar status når målvärdet/)
      .first()
      .waitFor();
    await expectAccessible(page, 'the assessment page');
    await screenshot(page, 'assessment-page');
  });

  it('saves a contradicting verdict as given and marks the contradiction', async () => {
    await page.getByRole('radio', { name: 'Uppfyllt', exact: true }).check();
    await page
      .getByLabel('Grund för bedömningen')
      .fill('Bedömningen bygger på verksamhetsplanens aktiviteter.');
    await page.getByRole('button', { name: 'Spara bedömningen' }).click();
    await page.getByText('Bedömningen är sparad.').waitFor();
    assert.match(await page.getByText('Nuvarande bedömning:').innerText(), /Uppfyllt/);
    await page.getByText('Bedömningen avviker från indikatorerna.').waitFor();
    await expectAccessible(page, 'the assessment page after saving');
  });

  it('assesses a goal that had no verdict yet, in a round without one', async () => {
    await page.goto(`${server.url}/2019/VSS`);
    await page.getByRole('link', { name: 'Oktoberuppföljning 2019' }).click();
    const goalCell = page.getByRole('rowheader', { name: /Goda arbetsplatser/ });
    await goalCell.getByText('Inte bedömt').waitFor();
    await goalCell.getByRole('link', { name: /Bedöm/ }).click();
    await page.getByRole('radio', { name: /Delvis uppfyllt/ }).check();
    await page.getByLabel('Resultat 1', { exact: true }).fill('Sjukfrånvaron har minskat för män.');
    await page.getByRole('button', { name: 'Spara bedömningen' }).click();
    await page.getByText('Bedömningen är sparad.').waitFor();
    await page.getByRole('link', { name: /Tillbaka till Verksamhetsstöd och service/ }).click();
    const cell = page.getByRole('rowheader', { name: /Goda arbetsplatser/ });
    await cell.getByText('Delvis uppfyllt').waitFor();
  });

  it('logged no errors', () => {
    assert.deepEqual(errors, []);
  });
});
