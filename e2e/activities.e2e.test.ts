/**
 * Journeys: VSS's controller opens the Verksamhetsplan from VSS's page, reads the 2020 plan as 001:1540-1663
 * prints it (goal, activity, Slutfört) and plans a new activity, getting a mistake explained next to its
 * field first; VSS's reporter, who may not plan, reports an activity's status at the August round with a
 * comment and sees it in words and icon; a reader sees the plan without a single control.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { signIn } from './support/app-server.ts';
import { expectAccessible, screenshot } from './support/browser.ts';
import { useJourney } from './support/journey.ts';

describe('the verksamhetsplan in the browser: a planner', () => {
  const journey = useJourney({ as: 'controller' });

  it('opens VSS’s plan for 2020 from the unit’s page, as 001:1647-1653 prints it', async () => {
    const { page } = journey;
    await page.goto(`${journey.server.url}/2020/VSS`);
    await page.getByRole('link', { name: 'Verksamhetsplan' }).last().click();
    await page.getByRole('heading', { level: 1, name: 'Verksamhetsplan' }).waitFor();
    await page.getByLabel('Uppföljningstillfälle').selectOption({ label: 'Inget – bara planen' });
    const workplaces = page.getByRole('table', { name: 'Aktiviteter för Goda arbetsplatser' });
    const core = workplaces.getByRole('row', { name: /^Gemensam aktivitet kring kommunens kärnvärden/ });
    // The plan without a round has loaded (the round's plan, shown first, says "Ska följas upp …").
    await core.getByText('Ingen status ännu', { exact: true }).waitFor();
    assert.deepEqual((await core.getByRole('cell').allInnerTexts()).slice(0, 3), [
      'Verksamhetsstöd och service',
      'Tertial 2',
      'Ingen status ännu',
    ]);
    const chat = page.getByRole('table', { name: 'Aktiviteter för Hög digitaliseringsgrad' });
    assert.equal(
      await chat
        .getByRole('row', { name: /^Marknadsföring av chattfunktion/ })
        .getByRole('cell')
        .nth(1)
        .innerText(),
      'Kvartal 4',
    );
    await expectAccessible(page, 'the verksamhetsplan');
    await screenshot(page, 'activities-plan-2020');
  });

  it('plans an activity, told first that a date completion needs its date', async () => {
    const { page } = journey;
    const form = page.getByRole('form', { name: 'Ny aktivitet' });
    await form.getByLabel('Mål').selectOption({ label: 'Tjänsteutveckling' });
    await form.getByLabel('Aktivitet').fill('Kundworkshop om nya tjänster');
    await form.getByLabel('Slutfört').selectOption({ label: 'Datum' });
    await form.getByRole('button', { name: 'Lägg till aktiviteten' }).click();
    const summary = form.getByRole('alert');
    await summary
      .getByRole('link', { name: 'Datum: ange vilket datum aktiviteten ska vara slutförd.' })
      .waitFor();
    await form.getByLabel('Slutfört').selectOption({ label: 'Kvartal' });
    await form.getByLabel('Kvartal').selectOption('3');
    await form.getByRole('button', { name: 'Lägg till aktiviteten' }).click();
    await form.getByText('Aktiviteten är sparad.').waitFor();
    const table = page.getByRole('table', { name: 'Aktiviteter för Tjänsteutveckling' });
    const row = table.getByRole('row', { name: /^Kundworkshop om nya tjänster/ });
    assert.equal(await row.getByRole('cell').nth(1).innerText(), 'Kvartal 3');
    await expectAccessible(page, 'the plan with a new activity');
    await screenshot(page, 'activities-planned');
  });
});

describe('the verksamhetsplan in the browser: a reporter', () => {
  const journey = useJourney({ as: 'rapportor' });

  it('reports an activity’s status at the August round with a comment', async () => {
    const { page } = journey;
    await page.goto(`${journey.server.url}/verksamhetsplan?enhet=VSS&ar=2020`);
    await page.getByRole('heading', { level: 1, name: 'Verksamhetsplan' }).waitFor();
    await page.getByLabel('Uppföljningstillfälle').selectOption({ label: 'Delår 31 augusti 2020' });
    // A reporter reports; planning is for the unit's controllers.
    await page.getByRole('table', { name: 'Aktiviteter för Goda arbetsplatser' }).waitFor();
    assert.equal(await page.getByRole('form', { name: 'Ny aktivitet' }).count(), 0);
    assert.equal(await page.getByRole('button', { name: /^Ändra/ }).count(), 0);
    const table = page.getByRole('table', { name: 'Aktiviteter för Goda arbetsplatser' });
    const row = table.getByRole('row', { name: /^Införa gemensamma metoder/ });
    assert.equal(await row.getByRole('cell').nth(2).innerText(), 'Ska följas upp – ingen status ännu');
    await row.getByRole('button', { name: /^Rapportera status/ }).click();
    const form = page.getByRole('form', { name: 'Status Delår 31 augusti 2020' });
    await form.getByLabel('Status').selectOption({ label: 'Pågår' });
    await form.getByLabel('Kommentar').fill('Metoden är framtagen och införs under hösten.');
    await form.getByRole('button', { name: 'Spara status' }).click();
    await row.getByText('Metoden är framtagen och införs under hösten.').waitFor();
    assert.match(await row.getByRole('cell').nth(2).innerText(), /^◐ Pågår/);
    await expectAccessible(page, 'the plan with a reported status');
    await screenshot(page, 'activities-status-reported');
  });

  it('shows a reader the plan and its statuses without a single control, as the server says', async () => {
    const { page, server } = journey;
    const reader = await signIn(server.url, 'lasare');
    await page.context().clearCookies();
    await page.context().addCookies([{ ...reader.cookie, url: server.url }]);
    // Controls show only once the server has said what the user may do: wait for its answer, then look.
    const answered = page.waitForResponse((response) =>
      response.url().includes('/api/v1/activities/permissions?'),
    );
    await page.goto(`${server.url}/verksamhetsplan?enhet=VSS&ar=2020`);
    assert.equal((await answered).status(), 200);
    const table = page.getByRole('table', { name: 'Aktiviteter för Goda arbetsplatser' });
    await table.getByRole('row', { name: /^Införa gemensamma metoder/ }).waitFor();
    assert.equal(await page.getByRole('button', { name: /^Rapportera status/ }).count(), 0);
    assert.equal(await page.getByRole('button', { name: /^(Ändra|Ta bort)/ }).count(), 0);
    assert.equal(await page.getByRole('form', { name: 'Ny aktivitet' }).count(), 0);
  });
});
