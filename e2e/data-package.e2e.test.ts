/**
 * Journey: a controller exports a unit's year as a data package, then reads a changed package back in from
 * the browser – a dry run first, with the progress of the upload and the import job, then for real – and
 * sees a broken package refused with every problem and its place in the file.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { expectAccessible, screenshot } from './support/browser.ts';
import { useJourney } from './support/journey.ts';

describe('data packages in the browser', () => {
  const journey = useJourney();
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'verksam-package-'));
  let exported: { goals: { id: string; name: string; orgUnit: string }[] } & Record<string, unknown>;

  it('exports a unit and year as a file from the Datapaket page', async () => {
    const { page } = journey;
    await page.goto(journey.server.url);
    await page.getByRole('navigation', { name: 'Verktyg' }).getByRole('link', { name: 'Datapaket' }).click();
    await page.getByRole('heading', { level: 1, name: 'Datapaket' }).waitFor();
    await page.getByLabel('Enhet').selectOption('VSS');
    await page.getByLabel('År').last().selectOption('2023');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Hämta datapaketet' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'datapaket-VSS-2023.json');
    const file = path.join(scratch, 'vss-2023.json');
    await download.saveAs(file);
    exported = JSON.parse(fs.readFileSync(file, 'utf8'));
    assert.equal(exported.goals.length, 10);
    await expectAccessible(page, 'the data package page');
  });

  it('reads a changed package in: a dry run with progress and a report, then for real', async () => {
    const { page } = journey;
    const goal = exported.goals[0];
    assert.ok(goal);
    const changed = {
      ...exported,
      goals: exported.goals.map((g) => (g === goal ? { ...g, name: `${g.name} (reviderat)` } : g)),
    };
    const file = path.join(scratch, 'changed.json');
    fs.writeFileSync(file, JSON.stringify(changed));
    await page.getByLabel('Datapaket (JSON)').setInputFiles(file);
    await page.getByRole('button', { name: 'Provkör inläsningen' }).click();
    const report = page.getByRole('table', { name: 'Vad inläsningen skulle göra' });
    await report.waitFor();
    assert.match(await report.getByRole('row', { name: /^Mål\b/ }).innerText(), /^Mål\s+0\s+1\s+9$/);
    await page.getByText('Ingenting har ändrats').waitFor();
    await expectAccessible(page, 'the dry run report');
    await screenshot(page, 'data-package-dry-run');

    await page.getByRole('button', { name: 'Läs in på riktigt' }).click();
    await page.getByRole('table', { name: 'Vad inläsningen gjorde' }).waitFor();
    await page.getByText('Datapaketet är inläst.').waitFor();
    const goals = await (await journey.session.api(`/api/v1/goals/goals/${goal.id}`)).json();
    assert.equal(goals.name, `${goal.name} (reviderat)`);
    await page.getByRole('button', { name: 'Ny inläsning' }).click();
  });

  it('refuses a broken package and lists every problem with its place in the file', async () => {
    const { page } = journey;
    const broken = {
      ...exported,
      goals: exported.goals.map((g, index) => (index === 0 ? { ...g, orgUnit: 'FINNS-INTE' } : g)),
    };
    const file = path.join(scratch, 'broken.json');
    fs.writeFileSync(file, JSON.stringify(broken));
    await page.getByLabel('Datapaket (JSON)').setInputFiles(file);
    await page.getByRole('button', { name: 'Provkör inläsningen' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Datapaketet kan inte läsas in' });
    await alert.waitFor();
    assert.match(
      await alert.innerText(),
      /\$\.goals\[0\]\.orgUnit – .+: Organisationsenheten FINNS-INTE finns varken i paketet eller i databasen\. \(värde: "FINNS-INTE"\)/,
    );
    await expectAccessible(page, 'a refused package');
    await screenshot(page, 'data-package-refused');
    fs.rmSync(scratch, { recursive: true, force: true });
  });
});
