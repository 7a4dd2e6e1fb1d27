/**
 * Journey: the VSS controller opens Dokument, chooses VSS's verksamhetsberättelse 2019, opens it as a web
 * page – a cover, contents linked to the chapters, the indicator tables of 002 – and downloads it as a PDF
 * and as Word; both pages pass axe. Then, under Versioner, the controller stores two draft versions, sends one
 * for review (approving is for those who govern the unit: no Godkänn button here) and compares the two;
 * the page with the list and the comparison passes axe too.
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

  it('stores versions of the document, sends one for review and compares two', async () => {
    const { page } = journey;
    await page.goto(`${journey.server.url}/dokument?enhet=VSS&ar=2019&typ=annual`);
    const versions = page.getByRole('region', { name: 'Versioner' });
    await versions.waitFor();
    const create = versions.getByRole('button', { name: 'Skapa ny version (utkast)' });
    await create.click();
    await versions.getByText(/Version \d+ är skapad som utkast\./).waitFor();
    await create.click();
    await versions.getByRole('row').nth(2).waitFor();
    const first = versions.getByRole('button', { name: /^Skicka till granskning version/ }).first();
    await first.click();
    await versions.getByText('Versionen är skickad till granskning.').waitFor();
    await versions
      .getByRole('row', { name: /Klar för granskning/ })
      .first()
      .waitFor();
    assert.equal(await versions.getByRole('button', { name: /^Godkänn och frys/ }).count(), 0);

    await versions.getByRole('checkbox').nth(0).check();
    await versions.getByRole('checkbox').nth(1).check();
    await versions.getByRole('button', { name: 'Jämför valda versioner' }).click();
    await versions
      .getByRole('heading', { level: 3, name: /^Version \d+ jämförd med Version \d+$/ })
      .waitFor();
    await expectAccessible(page, 'Dokument med versioner och en jämförelse');
    await screenshot(page, 'documents-versions');
  });
});
