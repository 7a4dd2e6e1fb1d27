/**
 * Journey: the goal, indicator and assessment pages show each user only what their roles let them do – a
 * controller of VSS changes the goal, its indicators and targets; a reader sees the same data without a
 * single edit control – and every page shows its history with Swedish field names and rich text as text.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { signIn } from './support/app-server.ts';
import { expectAccessible, screenshot } from './support/browser.ts';
import { useJourney } from './support/journey.ts';

const GOAL = 'Framgångsrikt chef- och ledarskap';
const ROUND = 'Bokslut 2019';
const BASIS =
  '<p>Målet är <strong>delvis</strong> uppfyllt.</p><ul><li>Fler chefer har gått ledarprogrammet</li><li>Medarbetarenkäten visar högre förtroende</li></ul>';

describe('object pages: what the user may do, and every change', () => {
  const journey = useJourney({ as: 'controller' });
  let goalUrl = '';
  let indicatorUrl = '';
  let assessmentUrl = '';

  it('offers a controller of VSS the goal’s edit controls', async () => {
    const { page } = journey;
    await page.goto(`${journey.server.url}/2019/VSS`);
    await page.getByRole('link', { name: ROUND }).click();
    await page.getByRole('link', { name: GOAL }).first().click();
    await page.getByRole('heading', { level: 1, name: GOAL }).waitFor();
    goalUrl = page.url();
    await page.getByRole('heading', { name: 'Ändra målet' }).waitFor();
    await page.getByRole('form', { name: 'Ny indikator' }).waitFor();
    await page.getByRole('button', { name: 'Avveckla målet' }).waitFor();
    assert.ok((await page.getByRole('button', { name: /^Flytta (upp|ned) / }).count()) > 0);
    await page.getByRole('heading', { name: 'Historik' }).waitFor();
    await expectAccessible(page, 'the goal page as a controller');
    await screenshot(page, 'object-goal-controller');

    const indicator = page.locator('.ordered-list a').first();
    await indicator.click();
    await page.getByRole('button', { name: 'Lägg till målvärde' }).waitFor();
    indicatorUrl = page.url();
    await page.getByRole('heading', { name: 'Ändra indikatorn' }).waitFor();
    await expectAccessible(page, 'the indicator page as a controller');
    await screenshot(page, 'object-indicator-controller');
  });

  it('shows an assessment’s rich-text basis in its history as readable text', async () => {
    const { page } = journey;
    await page.goto(goalUrl);
    await page.getByRole('link', { name: `Bedömning – ${ROUND}` }).click();
    await page.getByRole('button', { name: 'Spara bedömningen' }).waitFor();
    assessmentUrl = page.url();
    // The basis saved as the editor saves it: bold and a list, in the rich-text subset.
    const [goalId, roundId] = new URL(assessmentUrl).pathname.split('/').slice(-2);
    const api = `/api/v1/assessments/goals/${goalId}/rounds/${roundId}`;
    const current = (await (await journey.session.api(api)).json()) as {
      assessment: { version: number } | null;
    };
    const saved = await journey.session.api(api, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        verdict: 'partlyMet',
        basis: BASIS,
        ...(current.assessment ? { version: current.assessment.version } : {}),
      }),
    });
    assert.equal(saved.status, 200, await saved.text());
    await page.reload();
    const history = page.getByRole('region', { name: 'Historik' });
    await history.getByText('Grund för bedömningen').first().waitFor();
    const text = await history.innerText();
    assert.match(text, /Målet är delvis uppfyllt\./);
    assert.match(text, /• Fler chefer har gått ledarprogrammet/);
    assert.doesNotMatch(text, /<\/?(p|strong|ul|li)>/);
    await expectAccessible(page, 'the assessment page with its history');
    await screenshot(page, 'object-assessment-history');
  });

  it('shows a reader the goal without a single edit control', async () => {
    const { page } = journey;
    const reader = await signIn(journey.server.url, 'lasare');
    await page.context().clearCookies();
    await page.context().addCookies([{ ...reader.cookie, url: journey.server.url }]);
    await page.goto(goalUrl);
    await page.getByRole('heading', { level: 1, name: GOAL }).waitFor();
    await page.getByRole('heading', { name: 'Historik' }).waitFor();
    await page.getByRole('heading', { name: 'Indikatorer' }).waitFor();
    await page.locator('.ordered-list a').first().waitFor();
    assert.equal(await page.getByRole('heading', { name: 'Ändra målet' }).count(), 0);
    assert.equal(await page.getByRole('form', { name: 'Ny indikator' }).count(), 0);
    assert.equal(
      await page
        .getByRole('button')
        .filter({ hasText: /Avveckla|Spara|Lägg till/ })
        .count(),
      0,
    );
    assert.equal(await page.getByRole('button', { name: /^Flytta (upp|ned) / }).count(), 0);
    assert.equal(await page.locator('main form').count(), 0);
    await expectAccessible(page, 'the goal page as a reader');
    await screenshot(page, 'object-goal-reader');
  });

  it('shows a reader the indicator’s targets and outcomes, and their histories, but no forms', async () => {
    const { page } = journey;
    await page.goto(indicatorUrl);
    await page.getByRole('heading', { name: 'Målvärden', exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Historik', exact: true }).waitFor();
    assert.equal(await page.locator('main form').count(), 0);
    assert.equal(await page.getByRole('button', { name: /^(Ändra|Ta bort) / }).count(), 0);
    assert.equal(await page.getByRole('heading', { name: 'Ändra indikatorn' }).count(), 0);
    // A target's own history opens in place, with its Swedish field names.
    const target = page.locator('details.history-details').first();
    await target.locator('summary').click();
    await target.getByText('Målvärde', { exact: true }).first().waitFor();
    await expectAccessible(page, 'the indicator page as a reader');
    await screenshot(page, 'object-indicator-reader');
  });

  it('shows a reader the verdict and its history, without the form', async () => {
    const { page } = journey;
    await page.goto(assessmentUrl);
    await page.getByText('Nuvarande bedömning:').waitFor();
    await page.getByRole('region', { name: 'Historik' }).getByText('Grund för bedömningen').first().waitFor();
    assert.equal(await page.getByRole('button', { name: 'Spara bedömningen' }).count(), 0);
    assert.equal(await page.getByRole('radio').count(), 0);
    await expectAccessible(page, 'the assessment page as a reader');
    await screenshot(page, 'object-assessment-reader');
  });

  it('shows a reader the unit’s own history on its page', async () => {
    const { page } = journey;
    await page.goto(`${journey.server.url}/2019/VSS`);
    const history = page.getByRole('region', { name: 'Enhetens historik' });
    await history.getByText('Namn', { exact: true }).first().waitFor();
    assert.match(await history.innerText(), /Verksamhetsstöd och service/);
    assert.equal(await page.getByRole('link', { name: 'Nytt mål' }).count(), 0);
    await expectAccessible(page, 'the unit page with its history');
    await screenshot(page, 'object-unit-history');
  });
});
