/**
 * Journey: the VSS controller opens Dokument, chooses the kommunövergripande sammanställning 2019 and creates
 * it in the background as Word: the progress is said in words in a live region, then a link fetches the
 * stored file under its Swedish name; the page passes axe and is looked at.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { expectAccessible, screenshot } from './support/browser.ts';
import { useJourney } from './support/journey.ts';

describe('documents rendered in the background', () => {
  const journey = useJourney({ as: 'controller' });

  it('creates the municipality-wide compilation as a job with progress and downloads the file', async () => {
    const { page } = journey;
    await page.goto(`${journey.server.url}/dokument?enhet=LINKOPING&ar=2019&typ=municipal`);
    const section = page.getByRole('region', { name: 'Skapa i bakgrunden' });
    await section.waitFor();
    await section.getByLabel('Format').selectOption('docx');
    await section.getByRole('button', { name: 'Skapa i bakgrunden' }).click();
    const link = section.getByRole('link', {
      name: /^Hämta Kommunövergripande sammanställning 2019 .*\.docx$/,
    });
    await link.waitFor({ timeout: 120_000 });
    await section.getByRole('status').filter({ hasText: 'Klart:' }).waitFor();
    await expectAccessible(page, 'Dokument med ett dokument skapat i bakgrunden');
    await screenshot(page, 'documents-render-job');
    const download = page.waitForEvent('download');
    await link.click();
    const file = await (await download).path();
    assert.equal(fs.readFileSync(file).subarray(0, 2).toString('latin1'), 'PK');
    assert.match((await download).suggestedFilename(), /^Kommunövergripande sammanställning 2019 .*\.docx$/);
  });

  it('creates a PDF in the background, its format chosen by default', async () => {
    const { page } = journey;
    await page.goto(`${journey.server.url}/dokument?enhet=VSS&ar=2019&typ=annual`);
    const section = page.getByRole('region', { name: 'Skapa i bakgrunden' });
    await section.waitFor();
    await section.getByRole('button', { name: 'Skapa i bakgrunden' }).click();
    // PDF is the default: the progress in words, then the file under its Swedish name.
    await section
      .getByRole('link', { name: 'Hämta Verksamhetsberättelse 2019 VSS.pdf' })
      .waitFor({ timeout: 120_000 });
  });
});
