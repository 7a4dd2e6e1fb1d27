/**
 * Journey: Kommunledning (central staff) opens Dokumentmallar, takes the verksamhetsberättelse's template,
 * moves Framåtblick above Viktiga beslut och händelser, gives the driftsammandrag in mnkr and adds a
 * personnel table, and saves it as version 5 with a note. A wrong heading placeholder is refused first,
 * with the problem linked to its field. The next annual report is made from version 5 – the cover says
 * so, the chapters come in the new order – and version 4 can be taken up again as the start of version 6.
 * A VSS controller sees the template as an outline, with nothing to change. Both pages pass axe.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { signIn } from './support/app-server.ts';
import { expectAccessible, screenshot } from './support/browser.ts';
import { useJourney } from './support/journey.ts';

describe('document templates', () => {
  const journey = useJourney({ as: 'kommunledning' });

  it('lets central staff change the annual report’s template and makes the next document from it', async () => {
    const { page } = journey;
    await page.goto(journey.server.url);
    await page
      .getByRole('navigation', { name: 'Verktyg' })
      .getByRole('link', { name: 'Dokumentmallar' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Dokumentmallar' }).waitFor();
    await page.getByText('Version 4 gäller: mallen som följer med Verksam.').waitFor();
    await expectAccessible(page, 'Dokumentmallar');
    await screenshot(page, 'templates-page');

    const outlook = page.getByRole('group', { name: /^Avsnitt \d+ \(Framåtblick\)/ });
    // Framåtblick (section 7) one step up, above Viktiga beslut och händelser (section 6).
    await outlook.getByRole('button', { name: /^Flytta upp Avsnitt 7 \(Framåtblick\)/ }).click();
    await page.getByRole('group', { name: /^Avsnitt 6 \(Framåtblick\)/ }).waitFor();

    const statement = page.getByRole('group', { name: /^Avsnitt \d+ \(Driftsammandrag\)/ });
    await statement.getByLabel('Enhet').selectOption({ label: 'mnkr' });

    // A new table at the end: the personnel measures.
    await page
      .getByLabel('Nytt avsnitt', { exact: true })
      .selectOption({ label: 'Tabell eller diagram ur data' });
    await page.getByRole('button', { name: 'Lägg till avsnitt' }).last().click();
    const added = page.locator('.template-sections > li').last();
    await added.getByLabel('Innehåll').selectOption({ label: 'Volymer eller personal' });
    await added.getByLabel('Mått').selectOption({ label: 'Personal' });
    await added.getByLabel('Rubrik (tom: ingen egen rubrik)').fill('Personal {året}');

    await page.getByRole('button', { name: 'Spara som version 5' }).click();
    const summary = page.getByRole('alert');
    await summary.getByText('Mallen kunde inte sparas').waitFor();
    await summary.getByRole('link', { name: /platshållaren \{året\} finns inte/ }).click();
    assert.equal(
      await added
        .getByLabel('Rubrik (tom: ingen egen rubrik)')
        .evaluate((el) => el === document.activeElement),
      true,
    );
    await added.getByLabel('Rubrik (tom: ingen egen rubrik)').fill('Personal {year}');
    await page
      .getByLabel('Vad har ändrats och varför')
      .fill('Framåtblicken före besluten; personalen i siffror.');
    await page.getByRole('button', { name: 'Spara som version 5' }).click();
    await page.getByText('Mallen är sparad som version 5.').waitFor();
    await page.getByText(/^Version 5 gäller, sparad /).waitFor();
    const versions = page.getByRole('table', { name: 'Mallens versioner, senaste först' });
    await versions
      .getByRole('cell', { name: 'Framåtblicken före besluten; personalen i siffror.' })
      .waitFor();
    await expectAccessible(page, 'Dokumentmallar efter sparandet');
    await screenshot(page, 'templates-saved');

    // The next verksamhetsberättelse is made from version 5.
    const html = await page.request.get(
      `${journey.server.url}/api/v1/documents/render?unitId=VSS&year=2019&type=annual&format=html`,
    );
    const text = await html.text();
    assert.match(text, /mallversion 5/);
    assert.ok(text.indexOf('>Framåtblick<') < text.indexOf('>Viktiga beslut och händelser<'));
    assert.match(text, /Personal 2019/);

    // Version 4 taken up again: the editor starts from it, to be saved as version 6.
    await versions.getByRole('button', { name: 'Börja från version 4' }).click();
    await page.getByText('Du utgår från version 4.').waitFor();
    await page.getByRole('group', { name: /^Avsnitt 7 \(Framåtblick\)/ }).waitFor();
    await page.getByRole('button', { name: 'Spara som version 6' }).waitFor();
  });

  it('shows a controller of one unit the template as an outline, with nothing to change', async () => {
    const { page } = journey;
    const controller = await signIn(journey.server.url, 'controller');
    await page.context().clearCookies();
    await page.context().addCookies([{ ...controller.cookie, url: journey.server.url }]);
    await page.goto(`${journey.server.url}/dokument/mallar?typ=interim`);
    await page
      .getByRole('heading', { level: 2, name: /Delårsrapport \{year\}: avsnitt i ordning/ })
      .waitFor();
    assert.equal(await page.getByRole('button', { name: /^Spara som version/ }).count(), 0);
    assert.equal(await page.getByRole('button', { name: /^Börja från/ }).count(), 0);
    await expectAccessible(page, 'Dokumentmallar, läsläge');
  });
});
