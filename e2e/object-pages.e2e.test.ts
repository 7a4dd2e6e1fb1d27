/**
 * Journey: the goal, indicator and assessment pages, the unit page's Bedöm links and the Ekonomi, Budget,
 * Volymer och personal and Investeringar pages show each user only what their roles let them do – a
 * controller of VSS changes the goal, its indicators and targets, judges its goals and edits its budget; a
 * reader sees the same data without a single edit control – and every page shows its history with Swedish
 * field names and rich text as text, an indicator the same indicator in the unit's earlier goals.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { signIn } from './support/app-server.ts';
import { expectAccessible, screenshot } from './support/browser.ts';
import { useJourney } from './support/journey.ts';

const GOAL = 'Framgångsrikt chef- och ledarskap';
const ROUND = 'Bokslut 2019';
const INTERIM = 'Delår 30 april 2019';
/** The unit page's link to judge a goal not yet judged. */
const JUDGE = { name: 'Bedöm – målet', exact: true } as const;
/** Buttons that change something: none of them may meet a reader. */
const CHANGING_BUTTONS =
  /^(Ändra|Ta bort|Spara|Lägg till|Skapa|Koppla|Stäng bokslutet|Öppna bokslut|Läs in|Avveckla|Återinför)/;

/** Waits until the page has asked for all it shows (the permissions with the data), so absence means absence. */
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
}

/** No form and no button that changes anything in the page's main content. */
async function assertReadOnly(page: Page, what: string): Promise<void> {
  await settled(page);
  assert.equal(await page.locator('main form').count(), 0, `a form on ${what}`);
  assert.equal(
    await page.locator('main').getByRole('button', { name: CHANGING_BUTTONS }).count(),
    0,
    `a changing button on ${what}`,
  );
}

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

  it('offers a controller of VSS Bedöm on the unit page, and the forms of VSS’s budget and volumes', async () => {
    const { page } = journey;
    await page.goto(`${journey.server.url}/2019/VSS`);
    await page.getByRole('link', { name: INTERIM }).click();
    await page.getByRole('link', JUDGE).first().waitFor();
    await page.goto(`${journey.server.url}/ekonomi/budget?enhet=LKDATA&ar=2023`);
    await page.getByRole('form', { name: 'Ny budgetrad' }).waitFor();
    await page.goto(`${journey.server.url}/volymer?enhet=VSS&ar=2023`);
    await page.getByRole('form', { name: 'Nytt mått' }).waitFor();
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

  it('shows a reader the unit’s verdicts without a Bedöm link', async () => {
    const { page } = journey;
    await page.goto(`${journey.server.url}/2019/VSS`);
    await page.getByRole('link', { name: INTERIM }).click();
    await page.getByText('Inte bedömt').first().waitFor();
    await settled(page);
    assert.equal(await page.getByRole('link', JUDGE).count(), 0);
    await expectAccessible(page, 'the unit page as a reader');
  });

  it('shows a reader the economy page’s figures and no form', async () => {
    const { page } = journey;
    await page.goto(`${journey.server.url}/ekonomi`);
    await page.getByRole('heading', { name: 'Kostnadsställen' }).waitFor();
    await page.getByRole('heading', { name: 'Bokslut' }).waitFor();
    await assertReadOnly(page, 'the economy page');
    for (const hidden of ['Helårsprognos', 'Läs in huvudbok']) {
      assert.equal(await page.getByRole('heading', { name: hidden }).count(), 0, hidden);
    }
    await expectAccessible(page, 'the economy page as a reader');
    await screenshot(page, 'economy-reader');
  });

  it('shows a reader the budget in a grid that cannot be edited', async () => {
    const { page } = journey;
    await page.goto(`${journey.server.url}/ekonomi/budget?enhet=LKDATA&ar=2023`);
    const grid = page.getByRole('treegrid').or(page.getByRole('grid')).first();
    await grid.waitFor();
    await page
      .getByRole('table', { name: /^Ramar och budget 2023/ })
      .or(page.getByText('Inga ramar'))
      .first()
      .waitFor();
    await assertReadOnly(page, 'the budget page');
    // A click and Enter on an amount open no editor.
    await grid.locator('.ag-row:has([col-id="account"]:text-is("4")) [col-id="amount"]').click();
    await page.keyboard.press('Enter');
    assert.equal(await grid.locator('.ag-cell-inline-editing, input').count(), 0);
    assert.doesNotMatch(await page.locator('.lead').innerText(), /Ändra ett belopp/);
    // The history names the unit, never its id.
    const history = page.getByRole('region', { name: 'Budgetens historik 2023, LKDATA' });
    await history.getByText('LKDATA', { exact: false }).first().waitFor();
    assert.doesNotMatch(await history.innerText(), /[0-9a-f]{8}-[0-9a-f]{4}-/);
    await expectAccessible(page, 'the budget page as a reader');
    await screenshot(page, 'budget-reader');
  });

  it('shows a reader a unit’s volume measures and their values, and no form', async () => {
    const { page } = journey;
    await page.goto(`${journey.server.url}/volymer?enhet=VSS&ar=2023`);
    await page.getByRole('heading', { name: 'Mått', exact: true }).waitFor();
    await page.getByRole('table', { name: 'Volymutveckling' }).getByRole('link').first().click();
    await page.getByRole('heading', { name: /^Mått: / }).waitFor();
    await page
      .getByRole('table', { name: /^Värden för / })
      .or(page.getByText('Måttet har inga värden ännu.'))
      .first()
      .waitFor();
    await assertReadOnly(page, 'the volumes page');
    await expectAccessible(page, 'the volumes page as a reader');
    await screenshot(page, 'volumes-reader');
  });

  it('shows a reader a unit’s investment projects, their amounts and the frame, and no form', async () => {
    const { page } = journey;
    await page.goto(`${journey.server.url}/investeringar?enhet=VSS&ar=2023`);
    await page.getByRole('heading', { name: 'Investeringsprojekt' }).waitFor();
    await page.getByRole('table', { name: 'Enhetens investeringsprojekt' }).getByRole('link').first().click();
    await page.getByRole('heading', { name: /^Projekt: / }).waitFor();
    await page
      .getByRole('table', { name: /^Belopp för / })
      .or(page.getByText('Projektet har inga belopp ännu.'))
      .first()
      .waitFor();
    await page.getByRole('heading', { name: 'Investeringsram' }).waitFor();
    await assertReadOnly(page, 'the investments page');
    await expectAccessible(page, 'the investments page as a reader');
    await screenshot(page, 'investments-reader');
  });

  it('shows an indicator of 2023 with the same indicator of the 2019 goals and what was reported then', async () => {
    const { page } = journey;
    await page.goto(`${journey.server.url}/2023/VSS`);
    await page
      .getByRole('link', { name: /^Total sjukfrånvaro/ })
      .first()
      .click();
    await page.getByRole('heading', { name: 'Samma indikator i andra mål' }).waitFor();
    const earlier = page.getByRole('table', { name: 'Samma indikator i andra mål, med utfall' });
    const row = earlier.getByRole('row').filter({ hasText: '2019' }).first();
    await row.getByRole('link', { name: 'Total sjukfrånvaro' }).waitFor();
    // 002:401 prints 3,82 for 2018, reported in the budget round of 2019.
    await row.getByText('3,82', { exact: false }).waitFor();
    await expectAccessible(page, 'the indicator page with the same indicator in other goals');
    await screenshot(page, 'object-indicator-comparable');
  });
});
