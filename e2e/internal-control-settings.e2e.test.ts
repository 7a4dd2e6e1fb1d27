/**
 * Journeys: kommunledningen changes a risk class's name on Inställningar för internkontroll and sees it
 * saved; reports a result for Kontakt Linköping escalated to VSS, which VSS then sees, and removes it again
 * after being asked. A reader sees the settings without a form. axe-core on every page.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectAccessible, screenshot } from './support/browser.ts';
import { useJourney } from './support/journey.ts';

describe('internal control settings and results in the browser: kommunledningen', () => {
  const journey = useJourney({ as: 'kommunledning' });

  it('changes a risk class’s name on the settings page', async () => {
    const { page } = journey;
    await page.goto(`${journey.server.url}/internkontroll/installningar`);
    await page.getByRole('heading', { level: 1, name: 'Inställningar för internkontroll' }).waitFor();
    const form = page.getByRole('form', { name: 'Ändra inställningarna' });
    await expectAccessible(page, 'the internal control settings');
    await screenshot(page, 'internal-control-settings');
    await form.getByLabel('Riskklass 2: namn').fill('Måttlig');
    await form.getByRole('button', { name: 'Spara inställningarna' }).click();
    await form.getByText('Inställningarna är sparade.').waitFor();
    await page
      .getByRole('table', { name: 'Riskklasser efter riskvärde' })
      .getByRole('rowheader', { name: 'Måttlig' })
      .waitFor();
  });

  it('reports a result escalated to VSS, which VSS sees, and removes it after being asked', async () => {
    const { page } = journey;
    const created = await journey.session.api('/api/v1/internal-control/controls', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ orgUnitId: 'VSS-KL', year: 2020, title: 'Kassahantering' }),
    });
    assert.equal(created.status, 201, await created.text());
    await page.goto(`${journey.server.url}/internkontroll?enhet=VSS-KL&ar=2020`);
    await page.getByRole('heading', { level: 1, name: 'Internkontroll' }).waitFor();
    await page.getByLabel('Uppföljningstillfälle').selectOption({ label: 'Delår 31 augusti 2020' });
    const form = page.getByRole('form', { name: 'Resultat för Kassahantering' });
    await form.getByLabel('Resultat', { exact: true }).selectOption({ label: 'Tillfredsställande' });
    await form.getByLabel('Eskaleras till (valfritt)').selectOption({ label: 'Verksamhetsstöd och service' });
    await form.getByRole('button', { name: 'Spara resultatet' }).click();
    const card = page.getByRole('article', { name: 'Kassahantering' });
    await card.getByText('Eskalerat till Verksamhetsstöd och service.').waitFor();
    await expectAccessible(page, 'an escalated result');

    await page.goto(`${journey.server.url}/internkontroll?enhet=VSS&ar=2020`);
    const escalated = page.getByRole('table', { name: /^Resultat 2020 eskalerade till Verksamhetsstöd/ });
    await escalated.getByRole('rowheader', { name: 'Kassahantering' }).waitFor();
    await expectAccessible(page, 'VSS with a result escalated to it');

    await page.goto(`${journey.server.url}/internkontroll?enhet=VSS-KL&ar=2020`);
    await page.getByLabel('Uppföljningstillfälle').selectOption({ label: 'Delår 31 augusti 2020' });
    await page.getByRole('button', { name: 'Ta bort resultatet för Kassahantering' }).click();
    await page.getByText('Ta bort resultatet för Kassahantering? Det går inte att ångra.').waitFor();
    await page.getByRole('button', { name: 'Ja, ta bort resultatet för Kassahantering' }).click();
    await page.getByRole('form', { name: 'Resultat för Kassahantering' }).waitFor();
    await expectAccessible(page, 'the result removed');
  });
});

describe('internal control settings in the browser: a reader', () => {
  const journey = useJourney({ as: 'lasare' });

  it('sees the scales and no form', async () => {
    const { page } = journey;
    await page.goto(`${journey.server.url}/internkontroll/installningar`);
    await page.getByRole('table', { name: 'Resultatnivåer för kontrollmoment' }).waitFor();
    await page.getByText('Inställningarna ändras av administratörer och kommunledningen.').waitFor();
    assert.equal(await page.locator('main').getByRole('form').count(), 0);
    await expectAccessible(page, 'the internal control settings, read only');
  });
});
