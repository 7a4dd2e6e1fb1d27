/**
 * Journeys: a reporter of Kontakt Linköping records a risk analysis with a risk, sees it placed in the risk
 * matrix with its class in words, and reports a control result that needs an action – told first that it
 * does – with the action; VSS's controller, the coordinator of the units under VSS, sees the open action in
 * the follow-up and follows it to closed. A reader sees VSS's matrix of 2019 with the risk Ekonomiservice
 * escalated to it, and the demo's results as 002 and 004 report them.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { signIn } from './support/app-server.ts';
import { expectAccessible, screenshot } from './support/browser.ts';
import { useJourney } from './support/journey.ts';

describe('internal control in the browser: a unit’s reporter and the coordinator', () => {
  const journey = useJourney({ as: 'rapportor' });

  it('has a control planned for Kontakt Linköping 2020 by the controller', async () => {
    const controller = await signIn(journey.server.url, 'controller');
    const response = await controller.api('/api/v1/internal-control/controls', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        orgUnitId: 'VSS-KL',
        year: 2020,
        title: 'Telefonitillgänglighet',
        checked: 'Att samtal besvaras inom utlovad tid',
        frequency: 'monthly',
        responsible: 'Enhetschef Kontakt Linköping',
      }),
    });
    assert.equal(response.status, 201, await response.text());
  });

  it('records a risk analysis with a risk and sees it in the matrix', async () => {
    const { page } = journey;
    await page.goto(`${journey.server.url}/internkontroll?enhet=VSS-KL&ar=2020`);
    await page.getByRole('heading', { level: 1, name: 'Internkontroll' }).waitFor();
    await page.getByLabel('Uppföljningstillfälle').selectOption({ label: 'Delår 31 augusti 2020' });
    const analysis = page.getByRole('form', { name: 'Ny riskanalys' });
    await analysis.getByLabel('Datum').fill('2020-02-12');
    await analysis.getByLabel('Deltagare').fill('Enhetschef och två samordnare');
    await analysis.getByLabel('Processer').check();
    await analysis.getByRole('button', { name: 'Spara riskanalysen' }).click();
    const heading = page.getByRole('heading', { level: 3, name: /^Riskanalys 12 februari 2020/ });
    await heading.waitFor();
    const risk = page.getByRole('form', { name: 'Ny risk', exact: true });
    await risk.getByLabel('Process').fill('Telefoni');
    await risk.getByLabel('Risk', { exact: true }).fill('Långa väntetider när många ringer samtidigt');
    await risk.getByLabel('Sannolikhet (1–4)').selectOption('3');
    await risk.getByLabel('Konsekvens (1–4)').selectOption('4');
    await risk.getByRole('button', { name: 'Spara risken' }).click();
    const matrix = page.getByRole('table', { name: /^Risker 2020 för Kontakt Linköping/ });
    const row = matrix.getByRole('row', { name: /^3 / });
    const cell = row.getByRole('cell').nth(3);
    await cell.getByText('Telefoni').waitFor();
    assert.match(await cell.innerText(), /^Hög \(12\)/);
    await expectAccessible(page, 'the internal control with a risk analysis');
    await matrix.scrollIntoViewIfNeeded();
    await screenshot(page, 'internal-control-matrix-kontakt-linkoping');
  });

  it('reports a result that needs an action, told first that it does', async () => {
    const { page } = journey;
    const form = page.getByRole('form', { name: 'Resultat för Telefonitillgänglighet' });
    await form
      .getByLabel('Resultat', { exact: true })
      .selectOption({ label: 'Otillfredsställande (kräver åtgärd)' });
    await form.getByRole('button', { name: 'Spara resultatet' }).click();
    await form
      .getByRole('alert')
      .getByText(/Åtgärder: resultatet ”Otillfredsställande” kräver åtgärd/)
      .waitFor();
    await form.getByLabel('Vad ska göras').fill('Schemalägg fler handläggare på måndagar');
    await form.getByLabel('Ansvarig för åtgärden').fill('Enhetschef Kontakt Linköping');
    await form.getByLabel('Senast').fill('2020-10-31');
    await form.getByRole('button', { name: 'Spara resultatet' }).click();
    const card = page.getByRole('article', { name: 'Telefonitillgänglighet' });
    await card.getByText('Otillfredsställande – kräver åtgärd').waitFor();
    await card
      .getByRole('table', { name: 'Åtgärder' })
      .getByRole('cell', { name: /^Öppen/ })
      .waitFor();
    await expectAccessible(page, 'a result with its action');
    await screenshot(page, 'internal-control-result');
  });

  it('changes the risk on the page, prefilled, and sees it move in the matrix', async () => {
    const { page } = journey;
    await page.getByRole('button', { name: 'Ändra risken Telefoni' }).click();
    const form = page.getByRole('form', { name: 'Ändra risken Telefoni' });
    assert.equal(await form.getByLabel('Process').inputValue(), 'Telefoni');
    assert.equal(await form.getByLabel('Sannolikhet (1–4)').inputValue(), '3');
    await form.getByLabel('Sannolikhet (1–4)').selectOption('2');
    await form.getByRole('button', { name: 'Spara risken' }).click();
    await form.waitFor({ state: 'detached' });
    const matrix = page.getByRole('table', { name: /^Risker 2020 för Kontakt Linköping/ });
    const cell = matrix.getByRole('row', { name: /^2 / }).getByRole('cell').nth(3);
    await cell.getByText('Telefoni').waitFor();
    await expectAccessible(page, 'the internal control after a changed risk');
  });

  it('changes the reported result, prefilled with what was reported', async () => {
    const { page } = journey;
    const card = page.getByRole('article', { name: 'Telefonitillgänglighet' });
    await card.getByRole('button', { name: 'Ändra resultatet för Telefonitillgänglighet' }).click();
    const form = card.getByRole('form', { name: 'Ändra resultatet för Telefonitillgänglighet' });
    await form.getByLabel('Antal kontrollerade (valfritt)').fill('40');
    await form.getByRole('button', { name: 'Spara resultatet' }).click();
    await card.getByText('Antal kontrollerade: 40.', { exact: false }).waitFor();
  });

  it('is refused a change made from a stale page, with a way to reload', async () => {
    const { page } = journey;
    await page.getByRole('button', { name: 'Ändra riskanalysen 12 februari 2020' }).click();
    const form = page.getByRole('form', { name: 'Ändra riskanalysen' });
    await form.getByLabel('Deltagare').fill('Enhetschef och tre samordnare');
    // Someone else changes the analysis meanwhile.
    const overview = await (
      await journey.session.api('/api/v1/internal-control?org=VSS-KL&year=2020')
    ).json();
    const analysis = overview.analyses.find((item: { date: string }) => item.date === '2020-02-12');
    const other = await journey.session.api(`/api/v1/internal-control/analyses/${analysis.id}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ participants: 'Hela enheten', version: analysis.version }),
    });
    assert.equal(other.status, 200, await other.text());
    await form.getByRole('button', { name: 'Spara riskanalysen' }).click();
    await form.getByRole('alert').getByRole('button', { name: 'Ladda om sidan' }).waitFor();
    await form.getByRole('button', { name: 'Avbryt' }).click();
  });

  it('removes the risk only after being asked, and is told why the analysis cannot go while it has one', async () => {
    const { page } = journey;
    await page.reload();
    await page.getByRole('heading', { level: 3, name: /^Riskanalys 12 februari 2020/ }).waitFor();
    await page.getByRole('button', { name: 'Ta bort riskanalysen 12 februari 2020' }).click();
    await page.getByRole('button', { name: 'Ja, ta bort riskanalysen 12 februari 2020' }).click();
    await page.getByRole('alert').filter({ hasText: 'Det gick inte att ta bort' }).waitFor();
    await page.getByRole('button', { name: 'Ta bort risken Telefoni' }).click();
    await page.getByText('Ta bort risken Telefoni? Det går inte att ångra.').waitFor();
    await expectAccessible(page, 'the question before a risk is removed');
    await screenshot(page, 'internal-control-confirm-delete');
    await page.getByRole('button', { name: 'Ja, ta bort risken Telefoni' }).click();
    const table = page.getByRole('table', { name: 'Risker i riskanalysen 12 februari 2020' });
    await table.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Ta bort riskanalysen 12 februari 2020' }).click();
    await page.getByRole('button', { name: 'Ja, ta bort riskanalysen 12 februari 2020' }).click();
    await page
      .getByRole('heading', { level: 3, name: /^Riskanalys 12 februari 2020/ })
      .waitFor({ state: 'detached' });
  });

  it('lets the coordinator follow the open action to closed', async () => {
    const { page } = journey;
    const controller = await signIn(journey.server.url, 'controller');
    await page.context().clearCookies();
    await page.context().addCookies([{ ...controller.cookie, url: journey.server.url }]);
    await page.goto(`${journey.server.url}/internkontroll/uppfoljning?enhet=VSS&ar=2020`);
    await page.getByRole('heading', { level: 1, name: 'Uppföljning av internkontrollen' }).waitFor();
    await page.getByLabel('Uppföljningstillfälle').selectOption({ label: 'Delår 31 augusti 2020' });
    // Kontakt Linköping's one control of 2020, reported and deficient: the sentence the annual report prints.
    await page.getByText('Det enda planerade kontrollmomentet har genomförts; det kräver åtgärd.').waitFor();
    const actions = page.getByRole('table', { name: /^Öppna åtgärder/ });
    const row = actions.getByRole('row', { name: /^Schemalägg fler handläggare/ });
    await row.waitFor();
    await expectAccessible(page, 'the follow-up with an open action');
    await screenshot(page, 'internal-control-follow-up');
    await row.getByLabel('Status', { exact: true }).selectOption({ label: 'Klar' });
    await row.getByRole('button', { name: 'Spara status' }).click();
    await page
      .getByText('Inga öppna åtgärder för Verksamhetsstöd och service och enheterna under.')
      .waitFor();
    await expectAccessible(page, 'the follow-up with the action closed');
  });
});

describe('internal control in the browser: a reader', () => {
  const journey = useJourney({ as: 'lasare' });

  it('sees VSS’s matrix of 2019 with the risk escalated to it, and no edit controls', async () => {
    const { page } = journey;
    await page.goto(`${journey.server.url}/internkontroll?enhet=VSS&ar=2019&underliggande=ja`);
    await page.getByRole('heading', { level: 1, name: 'Internkontroll' }).waitFor();
    const matrix = page.getByRole('table', {
      name: /^Risker 2019 för Verksamhetsstöd och service och enheterna under/,
    });
    await matrix.getByText('Beslutsattester').waitFor();
    assert.equal(await page.getByRole('form').count(), 0);
    await page.getByRole('table', { name: 'Kontrollmoment för Verksamhetsstöd och service' }).waitFor();
    assert.equal(
      await page
        .locator('main')
        .getByRole('button', { name: /^(Ändra|Ta bort)/ })
        .count(),
      0,
    );
    await page.getByText('Underlag för flextidsstämplingar').first().waitFor();
    await expectAccessible(page, 'VSS’s internal control 2019');
    await matrix.scrollIntoViewIfNeeded();
    await screenshot(page, 'internal-control-matrix-vss-2019');
  });
});
