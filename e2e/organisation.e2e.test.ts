/**
 * Journey: a controller opens Verksam, picks a year and finds a unit in the organisation as it was that year.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { type AppServer, startAppServer } from './support/app-server.ts';
import { expectAccessible, launchBrowser, openPage, screenshot } from './support/browser.ts';

describe('the organisation over time', () => {
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

  it('shows the start page with the organisation tree', async () => {
    await page.goto(server.url);
    await page.getByRole('heading', { level: 1, name: /Mål och resultat/ }).waitFor();
    const tree = page.getByRole('navigation', { name: /Organisation/ });
    await tree.getByRole('link', { name: 'Linköpings kommun' }).waitFor();
    await expectAccessible(page, 'the start page');
    await screenshot(page, 'start');
  });

  it('shows VSS with its five units in 2019', async () => {
    await page.goto(`${server.url}/2019/VSS`);
    await page.getByRole('heading', { level: 1, name: /Verksamhetsstöd och service/ }).waitFor();
    const tree = page.getByRole('navigation', { name: 'Organisation 2019' });
    for (const unit of ['LK-data', 'Kontakt Linköping', 'HR service', 'Ekonomiservice', 'Stadsarkivet']) {
      await tree.getByRole('link', { name: unit, exact: true }).waitFor();
    }
    assert.equal(await tree.getByRole('link', { name: 'Kost och restaurang' }).count(), 0);
    await page.getByText('5 underliggande enheter 2019').waitFor();
    await expectAccessible(page, 'VSS 2019');
  });

  it('switches year with the keyboard and shows the divisions of 2023', async () => {
    await page.getByLabel('År', { exact: true }).selectOption('2023');
    await page.getByRole('button', { name: 'Visa', exact: true }).press('Enter');
    await page.waitForURL('**/2023/VSS');
    const tree = page.getByRole('navigation', { name: 'Organisation 2023' });
    for (const division of [
      'Stab och ledning',
      'Verksamhetsområde ekonomi',
      'Verksamhetsområde HR',
      'Verksamhetsområde medborgare',
      'Kost och restaurang',
      'LKDATA',
    ]) {
      await tree.getByRole('link', { name: division, exact: true }).waitFor();
    }
    assert.equal(await tree.getByRole('link', { name: 'HR service', exact: true }).count(), 0);
    await page.getByText('6 underliggande enheter 2023').waitFor();
    await expectAccessible(page, 'VSS 2023');
    await screenshot(page, 'vss-2023');
  });

  it('logged no errors', () => {
    assert.deepEqual(errors, []);
  });
});
