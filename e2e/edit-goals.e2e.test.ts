/**
 * Journey: a controller creates a goal for a unit, gives it an indicator with a target and an outcome typed
 * the Swedish way, and sees the status in the unit's goal table; mistakes are explained next to the field.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectAccessible, screenshot } from './support/browser.ts';
import { useJourney } from './support/journey.ts';

describe('editing goals, indicators, targets and outcomes', () => {
  const journey = useJourney();

  it('explains a missing name in an error summary that takes focus, and saves nothing', async () => {
    await journey.page.goto(`${journey.server.url}/2023/VSS`);
    await journey.page.getByRole('link', { name: 'Nytt mål' }).click();
    await journey.page
      .getByRole('heading', { level: 1, name: 'Nytt mål för Verksamhetsstöd och service' })
      .waitFor();
    await journey.page.getByRole('button', { name: 'Skapa mål' }).click();
    const summary = journey.page.getByRole('alert');
    await summary.getByText('Det gick inte att spara').waitFor();
    assert.equal(await summary.evaluate((element) => element === document.activeElement), true);
    await summary.getByRole('link', { name: 'Namn: får inte vara tomt.' }).click();
    assert.equal(
      await journey.page.getByLabel('Namn').evaluate((element) => element === document.activeElement),
      true,
    );
    assert.equal(await journey.page.getByLabel('Namn').getAttribute('aria-invalid'), 'true');
    await expectAccessible(journey.page, 'the goal form with errors');
    await screenshot(journey.page, 'goal-form-error');
  });

  it('creates a goal linked to a municipal goal', async () => {
    await journey.page.getByLabel('Namn').fill('Snabbare fakturahantering');
    await journey.page.getByLabel('Beskrivning').fill('Fakturor hanteras digitalt och i tid.');
    await journey.page
      .getByLabel('Kommunövergripande mål')
      .selectOption({ label: 'Ekonomi: Kostnadseffektiv verksamhet' });
    await journey.page.getByRole('button', { name: 'Skapa mål' }).click();
    await journey.page.getByRole('heading', { level: 1, name: 'Snabbare fakturahantering' }).waitFor();
  });

  it('adds an indicator, a target with its reading, and an outcome typed with a decimal comma', async () => {
    // The form appears once the goal's indicators have loaded; until then the only "Namn" is the goal's own.
    const form = journey.page.getByRole('form', { name: 'Ny indikator' });
    await form.getByLabel('Namn', { exact: true }).fill('Andel e-fakturor');
    await form.getByLabel('Enhet', { exact: true }).fill('%');
    await form.getByLabel('Önskvärd riktning').selectOption({ label: 'Öka' });
    await form.getByRole('button', { name: 'Lägg till indikator' }).click();
    await journey.page.getByRole('link', { name: 'Andel e-fakturor' }).click();
    await journey.page.getByRole('heading', { level: 1, name: 'Andel e-fakturor' }).waitFor();

    await journey.page.getByRole('textbox', { name: 'År', exact: true }).fill('2023');
    await journey.page.getByRole('textbox', { name: 'Målvärde', exact: true }).fill('≥ 85');
    await journey.page.getByText('Tolkas som: Minst 85.').waitFor();
    await journey.page.getByRole('button', { name: 'Lägg till målvärde' }).click();
    await journey.page.getByRole('cell', { name: 'Minst 85.' }).waitFor();

    await journey.page.getByLabel('Uppföljningstillfälle').selectOption({ label: 'Delår 31 augusti 2023' });
    await journey.page.getByLabel('Utfall för år').fill('2023');
    await journey.page.getByLabel('Till och med månad').selectOption({ label: 'augusti' });
    await journey.page.getByLabel('Totalt (%)').fill('86,5');
    await journey.page.getByRole('button', { name: 'Lägg till utfall' }).click();
    const row = journey.page.getByRole('row', { name: /Delår 31 augusti 2023/ });
    await row.getByRole('cell', { name: '86,5' }).waitFor();
    assert.match(await row.innerText(), /jan–aug/);
    await expectAccessible(journey.page, 'the indicator page');
    await screenshot(journey.page, 'indicator-page');
  });

  it('refuses an outcome that is both a value and "ingen uppgift", naming the field', async () => {
    await journey.page.getByLabel('Uppföljningstillfälle').selectOption({ label: 'Bokslut 2023' });
    await journey.page.getByLabel('Utfall för år').fill('2023');
    await journey.page.getByLabel('Totalt (%)').fill('90');
    await journey.page.getByRole('checkbox', { name: 'Ingen uppgift' }).check();
    await journey.page.getByRole('button', { name: 'Lägg till utfall' }).click();
    const summary = journey.page.getByRole('alert');
    await summary
      .getByText(/Totalt: anges både som värde och som ”ingen uppgift”/)
      .first()
      .waitFor();
    assert.equal(await journey.page.getByRole('row', { name: /Bokslut 2023/ }).count(), 0);
  });

  it('marks a part "ej tillämplig" with its reason, which clears "ingen uppgift"', async () => {
    await journey.page.getByLabel('Totalt (%)').fill('');
    await journey.page.getByRole('checkbox', { name: 'Ej tillämplig' }).check();
    assert.equal(await journey.page.getByRole('checkbox', { name: 'Ingen uppgift' }).isChecked(), false);
    await journey.page
      .getByLabel('Orsak till att uppgift saknas')
      .fill('Fakturorna hanteras av Serviceförvaltningen');
    await journey.page.getByRole('button', { name: 'Lägg till utfall' }).click();
    const row = journey.page.getByRole('row', { name: /Bokslut 2023/ });
    await row.getByRole('cell', { name: '–', exact: true }).waitFor();
    assert.match(await row.innerText(), /Fakturorna hanteras av Serviceförvaltningen/);
  });

  it('shows the new goal, its target and its status in the unit’s table', async () => {
    await journey.page.goto(`${journey.server.url}/2023/VSS`);
    await journey.page.getByRole('link', { name: 'Delår 31 augusti 2023' }).click();
    const table = journey.page.getByRole('table', { name: /Kostnadseffektiv verksamhet/ });
    await table.getByRole('link', { name: 'Snabbare fakturahantering' }).waitFor();
    const row = table
      .getByRole('row')
      .filter({ has: journey.page.getByRole('rowheader', { name: /^Andel e-fakturor/ }) });
    assert.match(await row.innerText(), /86,5.*≥ 85.*Uppfyllt/s);
    await expectAccessible(journey.page, 'the sheet with the new goal');
  });

  it('moves the new goal up among the year’s goals with the keyboard', async () => {
    const order = journey.page.getByRole('group').filter({ hasText: 'Ändra målens ordning' });
    await journey.page.getByText('Ändra målens ordning').click();
    const items = order.getByRole('listitem');
    const before = await items.allInnerTexts();
    assert.match(before.at(-1) ?? '', /Snabbare fakturahantering/);
    await order.getByRole('button', { name: 'Flytta upp Snabbare fakturahantering' }).press('Enter');
    await journey.page.waitForFunction(() =>
      [...document.querySelectorAll('.goal-order li')]
        .at(-2)
        ?.textContent?.includes('Snabbare fakturahantering'),
    );
    await expectAccessible(journey.page, 'the goal order control');
  });

  it('retires the goal, which then leaves the table but keeps its history', async () => {
    await journey.page.getByRole('link', { name: 'Snabbare fakturahantering' }).click();
    await journey.page.getByRole('button', { name: 'Avveckla målet' }).click();
    await journey.page.getByText('Målet är avvecklat.').waitFor();
    await journey.page.getByRole('heading', { name: 'Historik' }).waitFor();
    await journey.page.getByText(/Avvecklade av Astrid Berg/).waitFor();
    await journey.page.goto(`${journey.server.url}/2023/VSS`);
    await journey.page.getByRole('table').first().waitFor();
    assert.equal(await journey.page.getByRole('link', { name: 'Snabbare fakturahantering' }).count(), 0);
  });

  it('creates one goal when "Skapa mål" is clicked twice before the first answer', async () => {
    await journey.page.goto(`${journey.server.url}/mal/nytt?enhet=VSS&ar=2023`);
    await journey.page.getByLabel('Namn').fill('Dubbelklickat mål');
    const creations: { key: string | null; replayed: boolean }[] = [];
    const answered = new Promise<void>((resolve) => {
      journey.page.on('response', async (response) => {
        const request = response.request();
        if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/v1/goals/goals') {
          creations.push({
            key: await request.headerValue('idempotency-key'),
            replayed: (await response.headerValue('idempotent-replayed')) === 'true',
          });
          if (creations.length === 2) {
            resolve();
          }
        }
      });
    });
    // Both clicks land before React has re-rendered the button as disabled, as a quick double-click on a
    // slow machine does: the two requests must carry one key, and the server must run only one of them.
    await journey.page.getByRole('button', { name: 'Skapa mål' }).evaluate((button: HTMLElement) => {
      button.click();
      button.click();
    });
    await answered;
    await journey.page.getByRole('heading', { level: 1, name: 'Dubbelklickat mål' }).waitFor();
    assert.equal(creations.length, 2, 'both clicks sent a request');
    const goals = await journey.session
      .api('/api/v1/goals/goals?orgUnit=VSS&includeRetired=true')
      .then((response) => response.json() as Promise<{ name: string }[]>);
    assert.equal(goals.filter((goal) => goal.name === 'Dubbelklickat mål').length, 1);
    assert.ok(creations[0]?.key, 'the request carries an Idempotency-Key');
    assert.equal(creations[1]?.key, creations[0]?.key, 'both requests carry the same key');
    assert.deepEqual(
      creations.map(({ replayed }) => replayed).sort(),
      [false, true],
      'the server ran one request and answered the other with its answer',
    );
  });
});
