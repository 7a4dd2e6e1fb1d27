/**
 * Journey: a manager assesses a goal in a follow-up round. The page shows what the indicators suggest; a
 * verdict that contradicts them is saved as given and clearly marked.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectAccessible, screenshot } from './support/browser.ts';
import { useJourney } from './support/journey.ts';

describe('assessing a goal', () => {
  const journey = useJourney();

  it('shows the 2019 verdict next to the suggestion from the indicators', async () => {
    await journey.page.goto(`${journey.server.url}/2019/VSS`);
    await journey.page.getByRole('link', { name: 'Bokslut 2019' }).click();
    const goalCell = journey.page.getByRole('rowheader', { name: /Framgångsrikt chef- och ledarskap/ });
    await goalCell.getByRole('link', { name: /Visa bedömning/ }).click();
    await journey.page
      .getByRole('heading', { level: 1, name: /Framgångsrikt chef- och ledarskap/ })
      .waitFor();
    await journey.page.getByText('Nuvarande bedömning:').waitFor();
    assert.match(await journey.page.getByText('Nuvarande bedömning:').innerText(), /Delvis uppfyllt/);
    await journey.page
      .getByRole('region', { name: 'Vad indikatorerna säger' })
      .getByText(/av \d+ indikator(er)? med beräkningsbar status når målvärdet/)
      .waitFor();
    await expectAccessible(journey.page, 'the assessment page');
    await screenshot(journey.page, 'assessment-page');
  });

  it('saves a contradicting verdict as given and marks the contradiction', async () => {
    await journey.page.getByRole('radio', { name: 'Uppfyllt', exact: true }).check();
    await journey.page
      .getByLabel('Grund för bedömningen')
      .fill('Bedömningen bygger på verksamhetsplanens aktiviteter.');
    await journey.page.getByRole('button', { name: 'Spara bedömningen' }).click();
    await journey.page.getByText('Bedömningen är sparad.').waitFor();
    assert.match(await journey.page.getByText('Nuvarande bedömning:').innerText(), /Uppfyllt/);
    // Marked by the checks beside the verdict, which read the saved verdict at once.
    await journey.page
      .getByRole('region', { name: 'Kontroller för bedömningen' })
      .getByText('Bedömningen avviker från indikatorerna')
      .waitFor();
    await expectAccessible(journey.page, 'the assessment page after saving');
  });

  it('assesses a goal that had no verdict yet, in a round without one', async () => {
    await journey.page.goto(`${journey.server.url}/2019/VSS`);
    await journey.page.getByRole('link', { name: 'Oktoberuppföljning 2019' }).click();
    const goalCell = journey.page.getByRole('rowheader', { name: /Goda arbetsplatser/ });
    await goalCell.getByText('Inte bedömt').waitFor();
    await goalCell.getByRole('link', { name: /Bedöm/ }).click();
    await journey.page.getByRole('radio', { name: /Delvis uppfyllt/ }).check();
    await journey.page.getByLabel('Resultat 1', { exact: true }).fill('Sjukfrånvaron har minskat för män.');
    await journey.page.getByRole('button', { name: 'Spara bedömningen' }).click();
    await journey.page.getByText('Bedömningen är sparad.').waitFor();
    await journey.page.getByRole('link', { name: /Tillbaka till Verksamhetsstöd och service/ }).click();
    const cell = journey.page.getByRole('rowheader', { name: /Goda arbetsplatser/ });
    await cell.getByText('Delvis uppfyllt').waitFor();
  });
});
