/**
 * Journey: the reporting week for VSS in Delår 31 augusti 2023. The reporter fills in the round on the one
 * screen – an outcome by keyboard, a verdict that needs its basis – and marks the unit's part ready; the
 * controller sends it back with a comment (after being told a comment is needed); the reporter reads the
 * comment and marks it ready again; the approver, whose page has gone stale, is told
 * that someone else moved it, reloads and approves – which locks the outcomes; the page Rapportering shows
 * VSS as approved with the summary. Last, the central controller chooses which goals the round asks for, and
 * the one-screen report shows only those and says so.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { signIn } from './support/app-server.ts';
import { expectAccessible, screenshot } from './support/browser.ts';
import { useJourney } from './support/journey.ts';

const ROUND = 'Delår 31 augusti 2023';

describe('the reporting week', () => {
  const journey = useJourney({ as: 'rapportor' });
  let roundId = '';
  let indicatorId = '';

  /** The browser continues as another of the demo's users. */
  async function switchTo(username: string) {
    const session = await signIn(journey.server.url, username);
    const context = journey.page.context();
    await context.clearCookies();
    await context.addCookies([{ ...session.cookie, url: journey.server.url }]);
    return session;
  }

  /** VSS's page for the round, and its Rapportering panel. */
  async function openPanel() {
    await journey.page.goto(`${journey.server.url}/2023/VSS?tillfalle=${roundId}`);
    const panel = journey.page.getByRole('region', { name: 'Rapportering' });
    await panel.waitFor();
    return panel;
  }

  const stateOf = (panel: ReturnType<typeof journey.page.getByRole>) =>
    panel.getByRole('definition').first().innerText();

  it('finds the round in the demo', async () => {
    const response = await journey.session.api('/api/v1/planning/rounds?year=2023');
    const rounds = (await response.json()) as { id: string; name: string }[];
    roundId = rounds.find((round) => round.name === ROUND)?.id ?? '';
    assert.notEqual(roundId, '', `the demo has ${ROUND}`);
  });

  it('lets the reporter fill in the round on one screen, by keyboard', async () => {
    const panel = await openPanel();
    assert.match(await stateOf(panel), /Ej påbörjad/);
    const page = journey.page;
    // A reporter reports; planning the unit's goals is not offered.
    assert.equal(await page.getByRole('link', { name: 'Nytt mål' }).count(), 0);
    await page.getByRole('link', { name: 'Rapportera på en sida' }).click();
    await page
      .getByRole('heading', { level: 1, name: `Rapportera ${ROUND}: Verksamhetsstöd och service` })
      .waitFor();
    await page
      .getByText(/Utfallen avser januari–augusti 2023\. \d+ av \d+ indikatorer har utfall\./)
      .waitFor();
    const name = 'Matsvinn per portion (gram)';
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
    const href = (await row.getByRole('link', { name }).getAttribute('href')) ?? '';
    indicatorId = href.split('?')[0]?.split('/').at(-1) ?? '';
    assert.match(await row.innerText(), /≤45\s+\*?53/);

    // Escape undoes what was typed; Enter saves the row and moves down to the next indicator's total.
    const note = page.getByLabel(`Kommentar, ${name}`);
    await note.fill('Fel rad');
    await note.press('Escape');
    assert.equal(await note.inputValue(), '');
    const total = page.getByLabel(`Totalt, ${name}`);
    await total.fill('48');
    await total.press('Enter');
    await row.getByText('✓ Sparat').waitFor();
    assert.equal(
      await page.evaluate(() => document.activeElement?.getAttribute('data-report-column')),
      'total',
    );
    await page.getByText(`Utfallet för ${name} är sparat.`).waitFor();

    // Someone else saves the same outcome meanwhile: the row's next save is refused, shows both versions,
    // and keeps the user's own values on request.
    const report = (await (
      await journey.session.api(`/api/v1/reporting/rounds/${roundId}/units/VSS/report`)
    ).json()) as {
      goals: { indicators: { id: string; outcome: { id: string; version: number } | null }[] }[];
    };
    const outcome = report.goals
      .flatMap((goal) => goal.indicators)
      .find((indicator) => indicator.id === indicatorId)?.outcome;
    assert.ok(outcome);
    const other = await journey.session.api(`/api/v1/goals/outcomes/${outcome.id}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ total: '47', version: outcome.version }),
    });
    assert.equal(other.status, 200);
    await total.fill('46');
    await total.press('Enter');
    const problem = page.getByRole('row').filter({ has: page.getByRole('alert') });
    await problem.getByText('Sparat nu: totalt 47.').waitFor();
    await problem.getByText('Dina värden: totalt 46.').waitFor();
    // Refused, so not saved: the row says so rather than "✓ Sparat".
    assert.equal(await row.locator('.report-state').innerText(), 'Ej sparat');
    await expectAccessible(page, 'an outcome’s conflict on the one-screen report');
    await screenshot(page, 'report-one-screen-conflict');
    await problem.getByRole('button', { name: `Spara mina värden för ”${name}”` }).click();
    await row.getByText('✓ Sparat').waitFor();
    assert.equal(await total.inputValue(), '46');

    // The verdict is not preselected; one the indicators contradict is flagged and needs a basis.
    const verdict = page.getByRole('form', { name: 'Bedömning av En hållbar förvaltning' });
    const choice = verdict.getByLabel('Bedömning av målet');
    assert.equal(await choice.inputValue(), '');
    await choice.selectOption({ label: 'Uppfyllt' });
    await verdict.getByText(/Bedömningen ”uppfyllt” avviker från indikatorerna/).waitFor();
    await verdict.getByRole('button', { name: 'Spara bedömningen' }).click();
    await verdict
      .getByRole('alert')
      .getByRole('link', { name: /Skriv i motiveringen/ })
      .click();
    const basis = verdict.getByLabel('Motivering (krävs när bedömningen avviker)');
    assert.equal(await basis.evaluate((element) => element === document.activeElement), true);
    await expectAccessible(page, 'the one-screen report with a verdict that needs a basis');
    await screenshot(page, 'report-one-screen-basis');
    await basis.fill('Matsvinnet minskar stadigt; målvärdet nås under hösten.');
    await verdict.getByRole('button', { name: 'Spara bedömningen' }).click();
    await verdict.getByText('Bedömningen av En hållbar förvaltning är sparad.').waitFor();
    await screenshot(page, 'report-one-screen');
  });

  it('lets the reporter mark the part ready, late as it is', async () => {
    const panel = await openPanel();
    assert.match(await panel.innerText(), /Sista dag\s*15 september 2023\s*✗?\s*Sen/);
    assert.deepEqual(await panel.getByRole('button').allTextContents(), ['Påbörja', 'Klarmarkera']);
    await expectAccessible(journey.page, 'the unit page with the reporting panel');
    await screenshot(journey.page, 'reporting-panel-reporter');
    await panel.getByRole('button', { name: 'Klarmarkera' }).click();
    await panel.getByText('Delen är klarmarkerad.').waitFor();
    await panel.getByText('Klar för granskning').waitFor();
    await panel.getByText('Du kan inte ändra delens läge just nu.').waitFor();
    assert.equal(await panel.getByRole('button').count(), 0);
  });

  it('lets the controller send it back, but only with a comment', async () => {
    await switchTo('controller');
    const panel = await openPanel();
    assert.match(await stateOf(panel), /Klar för granskning/);
    await panel.getByRole('button', { name: 'Skicka tillbaka' }).click();
    const summary = panel.getByRole('alert');
    await summary.getByText('Det gick inte att ändra läget').waitFor();
    await summary
      .getByRole('link', { name: 'Skriv varför (kommentar) när du väljer ”Skicka tillbaka”.' })
      .click();
    const why = panel.getByLabel('Varför?');
    assert.equal(await why.evaluate((element) => element === document.activeElement), true);
    assert.equal(await why.getAttribute('aria-invalid'), 'true');
    await expectAccessible(journey.page, 'the reporting panel with a missing comment');
    await screenshot(journey.page, 'reporting-panel-comment-required');
    await why.fill('Kommentera avvikelsen mot målvärdet för matsvinn.');
    await panel.getByRole('button', { name: 'Skicka tillbaka' }).click();
    await panel.getByText('Delen är skickad tillbaka med din kommentar.').waitFor();
    assert.match(await stateOf(panel), /Pågår/);
  });

  it('shows the reporter the comment, and the reporter marks the part ready again', async () => {
    await switchTo('rapportor');
    const panel = await openPanel();
    await panel
      .getByText('Kommentar från granskningen: Kommentera avvikelsen mot målvärdet för matsvinn.')
      .waitFor();
    assert.match(await stateOf(panel), /Pågår/);
    assert.deepEqual(await panel.getByRole('button').allTextContents(), ['Klarmarkera']);
    await screenshot(journey.page, 'reporting-panel-sent-back');
    await panel.getByRole('button', { name: 'Klarmarkera' }).click();
    await panel.getByText('Delen är klarmarkerad.').waitFor();
  });

  it('tells the approver when someone else moved the part first, and approves after a reload', async () => {
    const approver = await switchTo('godkannare');
    const panel = await openPanel();
    assert.deepEqual(await panel.getByRole('button').allTextContents(), ['Godkänn']);
    // Meanwhile, with the page open: the controller sends it back and the reporter marks it ready again.
    const controller = await signIn(journey.server.url, 'controller');
    const reporter = await signIn(journey.server.url, 'rapportor');
    const move = async (
      session: typeof controller,
      action: string,
      version: number,
      comment?: string,
    ): Promise<number> => {
      const response = await session.api(`/api/v1/reporting/rounds/${roundId}/units/VSS/actions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ action, version, ...(comment ? { comment } : {}) }),
      });
      assert.equal(response.status, 200, await response.clone().text());
      return ((await response.json()) as { version: number }).version;
    };
    const current = (await (await approver.api(`/api/v1/reporting/rounds/${roundId}/units/VSS`)).json()) as {
      version: number;
    };
    const sentBack = await move(controller, 'sendBack', current.version, 'Lägg till en källa.');
    await move(reporter, 'markReady', sentBack);

    await panel.getByRole('button', { name: 'Godkänn' }).click();
    const summary = panel.getByRole('alert');
    await summary.getByText('Det gick inte att ändra läget').waitFor();
    assert.equal(await summary.evaluate((element) => element === document.activeElement), true);
    await summary.getByRole('button', { name: 'Ladda om sidan' }).click();
    const reloaded = journey.page.getByRole('region', { name: 'Rapportering' });
    await reloaded.getByRole('button', { name: 'Godkänn' }).click();
    await reloaded.getByText('Delen är godkänd.', { exact: true }).waitFor();
    assert.match(await stateOf(reloaded), /Godkänd/);
    await reloaded.getByText(/del av .* är godkänd och därför låst/).waitFor();
    // The moves, not the comment field's formatting toolbar.
    assert.deepEqual(await reloaded.locator('.actions-row').getByRole('button').allTextContents(), [
      'Öppna igen',
    ]);
    await expectAccessible(journey.page, 'the approved part');
    await screenshot(journey.page, 'reporting-panel-approved');
  });

  it('locks the approved part’s outcomes', async () => {
    const reporter = await signIn(journey.server.url, 'rapportor');
    const response = await reporter.api('/api/v1/goals/outcomes', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ indicatorId, reportingRoundId: roundId, year: 2023, total: '47' }),
    });
    assert.equal(response.status, 409);
    const body = (await response.json()) as { error: { message: string } };
    assert.match(body.error.message, /Delår 31 augusti 2023 är godkänd och därför låst/);
  });

  it('shows VSS as approved on the page Rapportering, with the summary', async () => {
    await switchTo('controller');
    await journey.page.goto(journey.server.url);
    await journey.page
      .getByRole('navigation', { name: 'Verktyg' })
      .getByRole('link', { name: 'Rapportering' })
      .click();
    await journey.page.getByRole('heading', { level: 1, name: 'Rapportering' }).waitFor();
    await journey.page.getByLabel('År').last().selectOption('2023');
    await journey.page.getByLabel('Uppföljningstillfälle').selectOption({ label: ROUND });
    assert.equal(await journey.page.getByLabel('Enhet', { exact: true }).inputValue(), 'LINKOPING');
    await journey.page.getByRole('heading', { level: 2, name: '1 av 1 enhet klara' }).waitFor();
    await journey.page.getByText('Ingen enhet är sen.').waitFor();
    const table = journey.page.getByRole('table', {
      name: `Enheternas läge i ${ROUND} under Linköpings kommun`,
    });
    const headers = await table.getByRole('columnheader').allTextContents();
    assert.deepEqual(headers, ['Enhet', 'Läge', 'Sen', 'Senaste kommentar', 'Påminnelse']);
    const row = table.getByRole('row').filter({ has: journey.page.getByRole('rowheader', { name: /VSS/ }) });
    assert.match(await row.innerText(), /Verksamhetsstöd och service \(VSS\)\s+✓ Godkänd\s+—/);
    await expectAccessible(journey.page, 'the page Rapportering');
    await screenshot(journey.page, 'reporting-page');
    await row.getByRole('link', { name: 'Verksamhetsstöd och service (VSS)' }).click();
    const panel = journey.page.getByRole('region', { name: 'Rapportering' });
    assert.match(await stateOf(panel), /Godkänd/);
    assert.equal(new URL(journey.page.url()).pathname, '/2023/VSS');
  });

  it('lets the central controller close the round, which ends every move', async () => {
    await switchTo('kommunledning');
    await journey.page.goto(`${journey.server.url}/rapportering?ar=2023&tillfalle=${roundId}&org=VSS`);
    const close = journey.page.getByRole('region', { name: 'Stäng tillfället' });
    await close.getByRole('button', { name: 'Stäng tillfället' }).click();
    await journey.page.getByText(`${ROUND} är stängt.`).waitFor();
    await journey.page
      .getByText('Tillfället är stängt: utfall och bedömningar kan inte längre ändras.')
      .waitFor();
    await journey.page.getByRole('button', { name: 'Öppna tillfället igen' }).waitFor();
    await expectAccessible(journey.page, 'the page Rapportering with a closed round');
    await switchTo('godkannare');
    const panel = await openPanel();
    await panel.getByText(`${ROUND} är stängt: utfall och bedömningar kan inte längre ändras.`).waitFor();
    assert.equal(await panel.getByRole('button').count(), 0);
  });

  it('lets the central controller choose what the round asks for, and the report shows only that', async () => {
    await switchTo('kommunledning');
    const page = journey.page;
    const reportUrl = `/api/v1/reporting/rounds/${roundId}/units/VSS/report`;
    const goalsAsked = async () =>
      ((await (await journey.session.api(reportUrl)).json()) as { goals: { name: string }[] }).goals.map(
        (goal) => goal.name,
      );
    assert.ok((await goalsAsked()).length > 1, 'VSS has several goals in the round');
    await page.goto(`${journey.server.url}/rapportering?ar=2023&tillfalle=${roundId}&org=VSS`);
    const region = page.getByRole('region', { name: 'Vad tillfället frågar efter' });
    await region.getByText(`${ROUND} frågar efter: Alla mål och indikatorer.`).waitFor();
    await region.getByText(/^Verksamhetsstöd och service \(0 av \d+ mål valda\)$/).click();
    const goal = region.getByRole('group', { name: 'En hållbar förvaltning' });
    await goal.getByLabel(/^Hela målet/).check();
    // The goal's indicators come with it: shown chosen, and fixed while the whole goal is.
    assert.ok((await goal.getByRole('checkbox', { checked: true, disabled: true }).count()) > 0);
    await expectAccessible(page, 'the round’s subset being chosen');
    await screenshot(page, 'round-subset');
    await region.getByRole('button', { name: 'Spara urvalet' }).click();
    await region.getByText(`Sparat: ${ROUND} frågar efter 1 mål.`).waitFor();
    await region.getByText(`${ROUND} frågar efter: 1 mål.`).waitFor();

    await page.goto(`${journey.server.url}/rapportera/${roundId}/VSS`);
    await page.getByText(/Tillfället frågar efter \d+ av \d+ indikatorer\./).waitFor();
    await page.getByRole('heading', { level: 2, name: 'En hållbar förvaltning' }).waitFor();
    assert.deepEqual(await goalsAsked(), ['En hållbar förvaltning']);
    await expectAccessible(page, 'the one-screen report of a round that asks for one goal');
    await screenshot(page, 'report-one-screen-subset');
  });
});
