/**
 * Journey: the controller Cecilia Ek renames one of VSS's goals; the auditor Ruth Falk (demo user
 * `revisor`) opens Ändringslogg from the header, narrows it to Cecilia's changes of VSS and the units under
 * it, reads the change with its field's old and new value, and downloads the same selection as CSV for
 * Swedish Excel.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { before, describe, it } from 'node:test';
import { signIn } from './support/app-server.ts';
import { expectAccessible, screenshot } from './support/browser.ts';
import { useJourney } from './support/journey.ts';

interface Goal {
  id: string;
  version: number;
  name: string;
}

describe('Ändringslogg: an auditor lists and exports changes by person and unit', () => {
  const journey = useJourney({ as: 'revisor' });
  let goal: Goal;
  let renamed: string;

  before(async () => {
    const cecilia = await signIn(journey.server.url, 'controller');
    const goals = (await (await cecilia.api('/api/v1/goals/goals?orgUnit=VSS')).json()) as Goal[];
    const [first] = goals;
    assert.ok(first, 'VSS has goals in the demo');
    renamed = `${first.name} (omformulerat)`;
    const response = await cecilia.api(`/api/v1/goals/goals/${first.id}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: renamed, version: first.version }),
    });
    assert.equal(response.status, 200, await response.text());
    goal = first;
  });

  it('opens Ändringslogg from the header and narrows it to one person and one unit', async () => {
    const { page } = journey;
    await page.goto(journey.server.url);
    await page
      .getByRole('navigation', { name: 'Verktyg' })
      .getByRole('link', { name: 'Ändringslogg' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Ändringslogg' }).waitFor();
    const table = page.getByRole('table', { name: 'Ändringar, nyast först' });
    await table.waitFor();
    assert.deepEqual(await table.getByRole('columnheader').allInnerTexts(), [
      'När',
      'Vem',
      'Vad',
      'Åtgärd',
      'Fält: gammalt → nytt',
    ]);

    await page.getByLabel('Enhet').selectOption('VSS');
    await page.getByText(/^Visar 50 ändringar från/).waitFor();
    await page.getByLabel('Person').selectOption({ label: 'Cecilia Ek' });
    await page.waitForURL(/enhet=VSS&person=/);
    // Cecilia's one change; the demo was loaded by the installation's own user.
    await page.getByText(/^Visar 1 ändring från/).waitFor();
    const row = table.getByRole('row').nth(1);
    await row.getByText(`Mål: ${renamed}`).waitFor();
    const cells = await row.getByRole('cell').allInnerTexts();
    assert.equal(cells[1], 'Cecilia Ek');
    assert.match(cells[2] ?? '', /Verksamhetsstöd och service \(VSS\)/);
    assert.equal(cells[3], 'Ändrade');
    assert.equal((cells[4] ?? '').replace(/\s+/g, ' ').trim(), `Namn: ${goal.name} → ${renamed}`);
    await expectAccessible(page, 'Ändringslogg narrowed to a person and a unit');
    await screenshot(page, 'audit-change-log');
  });

  it('downloads the same selection as CSV for Swedish Excel', async () => {
    const { page } = journey;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Hämta som CSV (Excel)' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^andringslogg-\d{4}-\d{2}-\d{2}\.csv$/);
    const file = await download.path();
    const text = fs.readFileSync(file, 'utf8');
    assert.ok(text.startsWith('\uFEFF'), 'the CSV starts with a byte-order mark');
    const lines = text.slice(1).split('\r\n');
    assert.equal(lines[0], 'Ändringslogg: Cecilia Ek, Verksamhetsstöd och service (VSS) med underenheter');
    assert.equal(lines[1], 'När;Vem;Vad;Post;Enhet;Åtgärd;Ändringar;Postens id');
    assert.match(
      lines[2] ?? '',
      new RegExp(
        `^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2};Cecilia Ek;Mål;.+;Verksamhetsstöd och service \\(VSS\\);Ändrade;Namn: .+ → .+;${goal.id}$`,
      ),
    );
    assert.deepEqual(lines.slice(3), ['']);
  });
});
