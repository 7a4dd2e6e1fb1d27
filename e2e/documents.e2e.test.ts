/**
 * Journey: the VSS controller opens Dokument, chooses VSS's verksamhetsberättelse 2019, opens it as a web
 * page – a cover, contents linked to the chapters, the indicator tables of 002 – and downloads it as a PDF
 * and as Word; both pages pass axe.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { expectAccessible, screenshot } from './support/browser.ts';
import { useJourney } from './support/journey.ts';

describe('documents from the data', () => {
  const journey = useJourney({ as: 'controller' });

  it('opens VSS’s verksamhetsberättelse 2019 as an accessible web page and downloads its PDF and Word file', async () => {
    const { page } = journey;
    await page.goto(journey.server.url);
    await page.getByRole('navigation', { name: 'Verktyg' }).getByRole('link', { name: 'Dokument' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dokument' }).waitFor();
    await page.getByLabel('Enhet', { exact: true }).selectOption('VSS');
    await page.locator('#documents-year').selectOption('2019');
    await page.getByLabel('Dokument', { exact: true }).selectOption('annual');
    await page
      .getByRole('heading', { level: 2, name: 'Verksamhetsberättelse 2019, Verksamhetsstöd och service' })
      .waitFor();
    await expectAccessible(page, 'Dokument');
    await screenshot(page, 'documents-page');

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Ladda ned som PDF' }).click();
    const file = await (await download).path();
    assert.equal(fs.readFileSync(file).subarray(0, 5).toString('latin1'), '%PDF-');
    assert.equal((await download).suggestedFilename(), 'Verksamhetsberättelse 2019 VSS.pdf');

    // The same document as Word: a real .docx (a zip) under its Swedish name.
    const wordDownload = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Hämta som Word' }).click();
    const wordFile = await (await wordDownload).path();
    assert.equal(fs.readFileSync(wordFile).subarray(0, 2).toString('latin1'), 'PK');
    assert.equal((await wordDownload).suggestedFilename(), 'Verksamhetsberättelse 2019 VSS.docx');

    await page.getByRole('link', { name: 'Öppna som webbsida (HTML)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Verksamhetsberättelse 2019' }).waitFor();
    const contents = page.getByRole('navigation', { name: 'Innehåll' });
    await contents.getByRole('link', { name: 'Uppföljning av förvaltningsindikatorer' }).click();
    // 002:401, the 2017 and 2018 figures with footnote 1 ("2017*", "2018*").
    assert.match(page.url(), /#uppfoljning-av-forvaltningsindikatorer$/);
    const row = page.getByRole('row', { name: /Total sjukfrånvaro/ });
    assert.match(
      (await row.innerText()).replace(/\s+/g, ' '),
      /Total sjukfrånvaro 4,161 3,941 3,82 3,5 Ej uppfyllt/,
    );
    await expectAccessible(page, 'verksamhetsberättelsen som webbsida');
    await screenshot(page, 'documents-annual-report');
  });
});
