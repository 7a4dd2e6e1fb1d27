/**
 * Journeys: VSS's reporter opens Rapportera på en sida and finds, after the goals, what else is due in the
 * round – the strategic assignments with their statuses in Delår 31 augusti 2019 (004:360-414), where one
 * lacks a status, and the verksamhetsplan's activities due in Delår 31 augusti 2020 (001:1647-1653) – and
 * reports a status with a comment in each, inline, seeing it saved.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectAccessible, screenshot } from './support/browser.ts';
import { type Journey, useJourney } from './support/journey.ts';

/** The id of the demo's round of that name. */
async function roundIdOf(journey: Journey, year: number, name: string): Promise<string> {
  const response = await journey.session.api(`/api/v1/planning/rounds?year=${year}`);
  const rounds = (await response.json()) as { id: string; name: string }[];
  const id = rounds.find((round) => round.name === name)?.id;
  assert.ok(id, `the demo has ${name}`);
  return id;
}

describe('the one-screen report’s sections: a reporter', () => {
  const journey = useJourney({ as: 'rapportor' });

  it('reports the missing status of an assignment in Delår 31 augusti 2019', async () => {
    const { page } = journey;
    const roundId = await roundIdOf(journey, 2019, 'Delår 31 augusti 2019');
    await page.goto(`${journey.server.url}/rapportera/${roundId}/VSS`);
    const section = page.getByRole('region', { name: 'Strategiska utvecklingsuppdrag' });
    await section
      .getByText(
        'Enheten har sex (6) strategiska utvecklingsuppdrag, varav ett (1) har genomförts, två (2) pågår, ' +
          'två (2) inte är tillämpliga och ett (1) saknar status.',
      )
      .waitFor();
    const additional = section.getByRole('table', { name: 'Tillkommande strategiska utvecklingsuppdrag' });
    const fees = additional.getByRole('row', { name: /se över sina avgifter/ });
    assert.match(await fees.getByRole('cell').first().innerText(), /^⊘ Inte tillämpligt/);
    const central = additional.getByRole('row', { name: /centrala förvaltningar/ });
    assert.match(await central.getByRole('cell').first().innerText(), /^Ingen status rapporterad/);

    // Never preselected: the reporter chooses.
    const status = central.getByLabel(/^Status för/);
    assert.equal(await status.inputValue(), '');
    const save = central.getByRole('button', { name: /^Spara för/ });
    assert.equal(await save.isDisabled(), true);
    await status.selectOption({ label: 'Pågår' });
    await central.getByLabel(/^Kommentar för/).fill('Kostnaderna kartläggs inför budgetarbetet 2020.');
    await central.getByText('Ej sparat').waitFor();
    await save.click();
    await central.getByText('✓ Sparat').waitFor();
    assert.match(await central.getByRole('cell').first().innerText(), /^◐ Pågår/);
    await section
      .getByText(
        'Enheten har sex (6) strategiska utvecklingsuppdrag, varav ett (1) har genomförts, tre (3) pågår och ' +
          'två (2) inte är tillämpliga.',
      )
      .waitFor();
    // Saved on the server, as the page Uppdrag reads it.
    const response = await journey.session.api(
      `/api/v1/assignments?year=2019&org=VSS&round=${encodeURIComponent(roundId)}`,
    );
    const list = (await response.json()) as {
      assignments: {
        text: string;
        recipients: { statuses: { reportingRoundId: string; comment: string }[] }[];
      }[];
    };
    const stored = list.assignments
      .find((assignment) => /centrala förvaltningar/.test(assignment.text))
      ?.recipients.flatMap((recipient) => recipient.statuses)
      .find((item) => item.reportingRoundId === roundId);
    assert.equal(stored?.comment, 'Kostnaderna kartläggs inför budgetarbetet 2020.');
    await expectAccessible(page, 'the one-screen report with its assignments');
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, 'report-section-assignments-august-2019');
  });

  it('reports the status of an activity due in Delår 31 augusti 2020, by keyboard', async () => {
    const { page } = journey;
    const roundId = await roundIdOf(journey, 2020, 'Delår 31 augusti 2020');
    await page.goto(`${journey.server.url}/rapportera/${roundId}/VSS`);
    const section = page.getByRole('region', { name: 'Aktiviteter i verksamhetsplanen' });
    const table = section.getByRole('table', { name: 'Aktiviteter att följa upp vid tillfället' });
    // Under its goal, as 001:1653 prints it.
    const goal = table
      .getByRole('rowgroup')
      .filter({ has: page.getByRole('rowheader', { name: 'Goda arbetsplatser' }) });
    const row = goal.getByRole('row', { name: /Införa gemensamma metoder/ });
    await row.waitFor();
    assert.equal(await row.getByRole('cell').first().innerText(), 'Tertial 2');
    assert.match(await row.getByRole('cell').nth(1).innerText(), /^Ingen status ännu/);
    const status = row.getByLabel(/^Status för/);
    assert.equal(await status.inputValue(), '');
    await status.selectOption({ label: 'Pågår' });
    const comment = row.getByLabel(/^Kommentar för/);
    // Escape undoes the row's unsaved changes.
    await comment.fill('Fel text');
    await comment.press('Escape');
    assert.equal(await comment.inputValue(), '');
    assert.equal(await status.inputValue(), '');
    await status.selectOption({ label: 'Pågår' });
    await comment.fill('Metoden är framtagen och införs under hösten.');
    await comment.press('Control+Enter');
    await row.getByText('✓ Sparat').waitFor();
    assert.match(await row.getByRole('cell').nth(1).innerText(), /^◐ Pågår/);
    // A saved status can be changed, not taken back: the empty choice is gone.
    assert.equal(await status.locator('option', { hasText: 'Välj status' }).count(), 0);
    await expectAccessible(page, 'the one-screen report with its activities');
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, 'report-section-activities-august-2020');
  });

  it('shows a concurrent save as the server’s conflict, and saves one’s own status on request', async () => {
    const { page } = journey;
    const roundId = await roundIdOf(journey, 2020, 'Delår 31 augusti 2020');
    const section = page.getByRole('region', { name: 'Aktiviteter i verksamhetsplanen' });
    const row = section.getByRole('row', { name: /Införa gemensamma metoder/ });
    // Someone else changes the status after the page read it.
    const activities = (await (
      await journey.session.api(`/api/v1/activities?org=VSS&year=2020&round=${roundId}`)
    ).json()) as { id: string; text: string; status: { version: number } | null }[];
    const activity = activities.find((item) => item.text.startsWith('Införa gemensamma metoder'));
    assert.ok(activity?.status);
    const other = await journey.session.api(`/api/v1/activities/${activity.id}/rounds/${roundId}/status`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        status: 'done',
        comment: 'Klart enligt kollegan.',
        version: activity.status.version,
      }),
    });
    assert.equal(other.status, 200);

    await row.getByLabel(/^Status för/).selectOption({ label: 'Inte genomförd' });
    await row.getByRole('button', { name: /^Spara för/ }).click();
    const problem = section.getByRole('alert');
    await problem.waitFor();
    // The server's message, naming who changed it.
    assert.match(await problem.innerText(), /har ändrats av .+ sedan du öppnade den/);
    await section.getByText('Sparat nu: Genomförd – ”Klart enligt kollegan.”').waitFor();
    await expectAccessible(page, 'an activity’s conflict on the one-screen report');
    await row.scrollIntoViewIfNeeded();
    await screenshot(page, 'report-section-activities-conflict');
    await section.getByRole('button', { name: /^Spara min status/ }).click();
    await row.getByText('✓ Sparat').waitFor();
    assert.match(await row.getByRole('cell').nth(1).innerText(), /^✗ Inte genomförd/);
    await screenshot(page, 'report-section-activities-conflict-resolved');
  });
});
