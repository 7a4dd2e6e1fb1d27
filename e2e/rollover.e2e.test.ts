/**
 * Journey: the central controller Karl Lindqvist (demo user `kommunledning`) opens Nytt år, previews the
 * start of 2024 from 2023 step by step, starts it, follows its progress to the result, sees it listed as
 * undoable and undoes it; then follows VSS's reorganisation from LKDATA back to LK-data on the unit pages.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectAccessible, screenshot } from './support/browser.ts';
import { useJourney } from './support/journey.ts';

describe('Nytt år: a central controller previews, runs and undoes the rollover 2023 → 2024', () => {
  const journey = useJourney({ as: 'kommunledning' });

  it('opens Nytt år from the header and previews 2023 → 2024 without writing anything', async () => {
    const { page } = journey;
    await page.goto(journey.server.url);
    await page.getByRole('navigation', { name: 'Verktyg' }).getByRole('link', { name: 'Nytt år' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nytt år' }).waitFor();
    await page.getByLabel('År som avslutas').selectOption('2023');
    await page.getByRole('heading', { name: 'Så här skulle 2024 startas från 2023' }).waitFor();
    const table = page.getByRole('table', { name: 'Steg för steg, i modulernas ordning' });
    const rows = await table.getByRole('row').allInnerTexts();
    assert.equal(rows.length, 8, rows.join('\n'));
    assert.match(rows[1] ?? '', /Organisationen.*enheter gäller den 1 januari 2024/s);
    assert.match(rows[2] ?? '', /Uppföljningstillfällen.*2024 har redan alla uppföljningstillfällen/s);
    assert.match(rows[3] ?? '', /Mål och indikatorer.*10 mål gäller redan 2024/s);
    // The demo's rounds ask for everything: no subset to carry.
    assert.match(
      rows[4] ?? '',
      /Tillfällenas urval av mål och indikatorer.*Inga uppföljningstillfällen 2024 får ett urval/s,
    );
    const later = rows.slice(5);
    rows.splice(4, rows.length, ...later);
    assert.match(rows[4] ?? '', /Aktiviteter i verksamhetsplanen.*Inga ofärdiga aktiviteter från 2023/s);
    // The demo's 2023 assignments (000:469-490) have no status yet: all are unfinished.
    assert.match(
      rows[5] ?? '',
      /Strategiska utvecklingsuppdrag\s+14\s+14 ofärdiga uppdrag förs över till 2024/s,
    );
    // The demo's internal control is of 2019 (002:325-341): nothing of 2023 får kvarstå.
    assert.match(rows[6] ?? '', /Internkontroll.*Inga kontrollmoment från 2023 är markerade att få kvarstå/s);
    await page.getByText('Inget år har startats här ännu.').waitFor();
    await expectAccessible(page, 'Nytt år with the preview');
    await screenshot(page, 'rollover-preview');
  });

  it('starts 2024, follows the job to its result, and lists it as undoable', async () => {
    const { page } = journey;
    await page.getByRole('button', { name: 'Starta 2024' }).click();
    // The job's progress and then its result are announced in the same live region.
    await page.getByText('2024 är startat från 2023.').waitFor();
    const history = page.getByRole('table', { name: 'Senaste först' });
    const row = history.getByRole('row').nth(1);
    await row.getByText('2023 → 2024').waitFor();
    assert.match(await row.innerText(), /Karl Lindqvist/);
    await row.getByRole('button', { name: 'Ångra 2024' }).waitFor();
    await page.getByText(/^2024 har redan startats från 2023 \(av Karl Lindqvist/).waitFor();
    await expectAccessible(page, 'Nytt år after the rollover');
    await screenshot(page, 'rollover-done');
  });

  it('undoes it, after confirming', async () => {
    const { page } = journey;
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Ångra 2024' }).click();
    await page.getByText(/^Ångrat av Karl Lindqvist/).waitFor();
    const answer = await journey.session.api('/api/v1/rollover/preview?fromYear=2023');
    assert.equal(((await answer.json()) as { refusal: string | null }).refusal, null);
  });

  it('follows a reorganised unit back to its predecessor on the unit pages', async () => {
    const { page } = journey;
    await page.goto(`${journey.server.url}/2022/LKDATA`);
    await page.getByRole('heading', { level: 1, name: 'LKDATA 2022' }).waitFor();
    await page.getByText('Föregångare:').waitFor();
    await page.getByText(/^Tidigare enheter: 1 enhet/).click();
    const before = page.getByRole('link', { name: 'LK-data' }).first();
    await before.click();
    await page.getByRole('heading', { level: 1, name: 'LK-data 2021' }).waitFor();
    await page.getByText('Efterföljare:').waitFor();
    await page.getByRole('link', { name: 'LKDATA' }).first().waitFor();
    await expectAccessible(page, 'a unit page with its successor');
    await screenshot(page, 'rollover-succession');
  });
});
