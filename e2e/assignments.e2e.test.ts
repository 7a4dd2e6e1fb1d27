/**
 * Journey: VSS's reporter opens Uppdrag, reads the council's strategic assignments of 2019 with VSS's
 * statuses and comments as the annual report (002:290-303) and the interim report of August 2019
 * (004:360-414) print them, and reports a status with a comment for the one the August round lacks.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { signIn } from './support/app-server.ts';
import { expectAccessible, screenshot } from './support/browser.ts';
import { useJourney } from './support/journey.ts';

describe('strategic assignments in the browser', () => {
  const journey = useJourney({ as: 'rapportor' });

  it('shows VSS’s 2019 assignments with their statuses at the closing, as 002:290-303 prints them', async () => {
    const { page } = journey;
    await page.goto(`${journey.server.url}/2019/VSS`);
    await page.getByRole('navigation', { name: 'Verktyg' }).getByRole('link', { name: 'Uppdrag' }).waitFor();
    // From the unit's page, the link keeps the unit and the year.
    const link = page.getByRole('link', { name: 'Strategiska uppdrag' });
    await link.waitFor();
    await screenshot(page, 'assignments-unit-page-link');
    await link.click();
    await page.getByRole('heading', { level: 1, name: 'Uppdrag' }).waitFor();
    assert.equal(await page.getByLabel('Enhet', { exact: true }).inputValue(), 'VSS');
    assert.equal(await page.locator('#assignments-year').inputValue(), '2019');
    await page.getByLabel('Uppföljningstillfälle').selectOption({ label: 'Bokslut 2019' });
    await page.getByText('Samtliga sex (6) strategiska utvecklingsuppdrag har genomförts.').waitFor();
    const common = page.getByRole('table', { name: 'Kommungemensamma strategiska utvecklingsuppdrag' });
    const digital = common.getByRole('row', { name: /tillvarata digitaliseringens möjligheter/ });
    assert.deepEqual((await digital.getByRole('cell').allInnerTexts()).slice(1), [
      '✓ Genomfört',
      'Förvaltningen har i grunden vidtagit de åtgärder som kan. Anpassning och deltagande inom pm3 ' +
        'organisationen, deltar i de övergripande forum som finns. Digitalisering finns hela tiden som en ' +
        'möjlighet i vår tjänsteutveckling.',
    ]);
    const additional = page.getByRole('table', { name: 'Tillkommande strategiska utvecklingsuppdrag' });
    assert.equal(await additional.getByRole('row').count(), 5);
    // A reporter reports; giving and changing assignments is for the municipality's governors.
    assert.equal(await page.getByRole('form', { name: /^Nytt uppdrag/ }).count(), 0);
    assert.equal(await page.locator('summary', { hasText: /^Ändra/ }).count(), 0);
    await expectAccessible(page, 'the assignments page');
    await screenshot(page, 'assignments-closing-2019');
  });

  it('shows the August 2019 round, and reports the missing status with a comment', async () => {
    const { page } = journey;
    await page.getByLabel('Uppföljningstillfälle').selectOption({ label: 'Delår 31 augusti 2019' });
    const summary =
      'Enheten har sex (6) strategiska utvecklingsuppdrag, varav ett (1) har genomförts, två (2) pågår, två (2) ' +
      'inte är tillämpliga och ett (1) saknar status.';
    await page.getByText(summary).waitFor();
    const additional = page.getByRole('table', { name: 'Tillkommande strategiska utvecklingsuppdrag' });
    const fees = additional.getByRole('row', { name: /se över sina avgifter/ });
    assert.equal(await fees.getByRole('cell').nth(1).innerText(), '⊘ Inte tillämpligt');
    const central = additional.getByRole('row', { name: /centrala förvaltningar/ });
    assert.equal(await central.getByRole('cell').nth(1).innerText(), 'Ingen status rapporterad');

    await central.getByText('Rapportera', { exact: true }).click();
    const form = central.getByRole('form', { name: 'Status i Delår 31 augusti 2019' });
    await form.getByLabel('Status').selectOption({ label: 'Pågår' });
    await form.getByLabel('Kommentar').fill('Kostnaderna kartläggs inför budgetarbetet 2020.');
    await form.getByRole('button', { name: 'Spara statusen' }).click();
    await form.getByText('Statusen är sparad.').waitFor();
    await central.getByRole('cell', { name: 'Kostnaderna kartläggs inför budgetarbetet 2020.' }).waitFor();
    assert.equal(await central.getByRole('cell').nth(1).innerText(), '◐ Pågår');
    await page
      .getByText(
        'Enheten har sex (6) strategiska utvecklingsuppdrag, varav ett (1) har genomförts, tre (3) pågår och ' +
          'två (2) inte är tillämpliga.',
      )
      .waitFor();
    await expectAccessible(page, 'the status form');
    await screenshot(page, 'assignments-august-2019-reported');
  });

  async function switchTo(username: string) {
    const session = await signIn(journey.server.url, username);
    await journey.page.context().clearCookies();
    await journey.page.context().addCookies([{ ...session.cookie, url: journey.server.url }]);
  }

  it('lets the municipality’s governor change an assignment on the page, and a reader change nothing', async () => {
    const { page } = journey;
    await switchTo('kommunledning');
    await page.reload();
    const additional = page.getByRole('table', { name: 'Tillkommande strategiska utvecklingsuppdrag' });
    const fees = additional.getByRole('row', { name: /se över sina avgifter/ });
    await fees.locator('summary', { hasText: /^Ändra/ }).click();
    const form = fees.getByRole('form', { name: 'Ändra uppdraget' });
    const text = form.getByLabel('Uppdraget');
    const before = await text.inputValue();
    await text.fill(`${before} Översynen redovisas i budgeten.`);
    await form.getByRole('button', { name: 'Spara uppdraget' }).click();
    await form.getByText('Uppdraget är sparat.').waitFor();
    await fees
      .getByText(/Översynen redovisas i budgeten\./)
      .first()
      .waitFor();
    // It has statuses: removing it is refused, in Swedish, after the second step.
    await fees.getByRole('button', { name: /^Ta bort/ }).click();
    await fees.getByRole('button', { name: /^Ja, ta bort uppdraget/ }).click();
    await fees.getByText('Det gick inte att ta bort').waitFor();
    // No reload mends that refusal, so none is offered.
    assert.equal(await fees.getByRole('button', { name: 'Ladda om sidan' }).count(), 0);
    await expectAccessible(page, 'the assignment changed by the governor');
    await screenshot(page, 'assignments-edited-by-governor');

    await switchTo('lasare');
    await page.reload();
    await additional.waitFor();
    assert.equal(await page.locator('summary', { hasText: /^Ändra/ }).count(), 0);
    assert.equal(await page.getByText('Rapportera', { exact: true }).count(), 0);
    assert.equal(await page.getByRole('form').count(), 0);
    await expectAccessible(page, 'the assignments page for a reader');
  });
});
