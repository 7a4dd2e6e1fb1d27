/**
 * Journey: a controller opens Kontroller for VSS 2019 – the annual report (002) and the interim report of
 * August 2019 (004) as printed – reads the findings grouped by severity, follows one to the verdict it is
 * about, narrows the list to the closing round, reaches the list from the unit's page, and runs the same
 * checks from the command line, which exits with 2 once the data holds an error.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { ROOT } from './support/app-server.ts';
import { expectAccessible, screenshot } from './support/browser.ts';
import { useJourney } from './support/journey.ts';

const plain = (text: string) => text.replace(/\u00a0/g, ' ');

function verksam(dataDir: string, args: string[]) {
  const result = spawnSync(process.execPath, ['bin/verksam.js', ...args], {
    cwd: ROOT,
    env: { ...process.env, VERKSAM_DATA_DIR: dataDir, DATABASE_URL: '' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('consistency checks in the browser and on the command line', () => {
  const journey = useJourney();

  it('lists VSS 2019’s findings by severity, in words and icons, with rule, place, source and figures', async () => {
    const { page } = journey;
    await page.goto(journey.server.url);
    await page.getByRole('navigation', { name: 'Verktyg' }).getByRole('link', { name: 'Kontroller' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kontroller' }).waitFor();
    await page.getByLabel('Enhet', { exact: true }).selectOption('VSS');
    await page.locator('#consistency-year').selectOption('2019');
    await page.getByText('Verksamhetsstöd och service 2019: 0 fel, 2 varningar, 36 noteringar.').waitFor();
    const warnings = page.getByRole('table', { name: 'Varningar: 2 fynd' });
    assert.deepEqual(await warnings.getByRole('columnheader').allInnerTexts(), [
      'Regel',
      'Plats',
      'Källa',
      'Beskrivning',
    ]);
    const arbetsplatser = warnings.getByRole('row', { name: /Goda arbetsplatser/ });
    assert.equal(
      await arbetsplatser.getByRole('rowheader').innerText(),
      'Bedömningen avviker från indikatorerna',
    );
    assert.match(await arbetsplatser.innerText(), /002:262-274/);
    assert.match(
      plain(await arbetsplatser.innerText()),
      /Når inte målvärdet: Total sjukfrånvaro \(3,82 %, målvärde 3,5\)\./,
    );
    // The severity is said in words beside its icon, not by colour alone.
    assert.match(
      await page.getByRole('heading', { level: 2, name: /Varningar/ }).innerText(),
      /◐\s*Varningar 2 fynd/,
    );
    const notes = page.getByRole('table', { name: 'Noteringar: 36 fynd' });
    const sickLeave = notes.getByRole('row', { name: /Total sjukfrånvaro, utfall 2017 VSS/ });
    assert.match(
      plain(await sickLeave.innerText()),
      /4,16 % enligt Bokslut 2019 men 4,3 % enligt Delår 31 augusti 2019, skillnad −0,14/,
    );
    const perRule = page.getByRole('table', { name: 'Antal fynd per regel' });
    assert.equal(
      await perRule
        .getByRole('row', { name: /Samma uppgift olika vid två tillfällen/ })
        .getByRole('cell')
        .innerText(),
      '25',
    );
    await expectAccessible(page, 'the findings of VSS 2019');
    await screenshot(page, 'consistency-vss-2019');
  });

  it('follows a finding to the verdict it is about', async () => {
    const { page } = journey;
    await page
      .getByRole('table', { name: 'Varningar: 2 fynd' })
      .getByRole('link', { name: 'Bedömningen av målet ”Goda arbetsplatser”' })
      .click();
    await page.getByRole('heading', { level: 1, name: /Goda arbetsplatser/ }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Kontroller' }).waitFor();
  });

  it('narrows the list to one round, kept in the address', async () => {
    const { page } = journey;
    await page.getByLabel('Uppföljningstillfälle').selectOption({ label: 'Delår 31 augusti' });
    await page
      .getByText('Verksamhetsstöd och service 2019, Delår 31 augusti: 0 fel, 0 varningar, 30 noteringar.')
      .waitFor();
    assert.match(page.url(), /tillfalle=august/);
    await expectAccessible(page, 'the findings of one round');
  });

  it('reaches the findings from the unit’s page, for the round shown there', async () => {
    const { page } = journey;
    await page.goto(`${journey.server.url}/2019/VSS`);
    await page.getByRole('link', { name: 'Bokslut 2019' }).click();
    await page.getByRole('link', { name: 'Kontroller: 0 fel, 2 varningar, 30 noteringar' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kontroller' }).waitFor();
    assert.match(page.url(), /\/kontroller\?enhet=VSS&ar=2019&tillfalle=closing$/);
    await page
      .getByText('Verksamhetsstöd och service 2019, Bokslut: 0 fel, 2 varningar, 30 noteringar.')
      .waitFor();
  });

  it('prints the same findings on the command line, and exits with 2 once there is an error', async () => {
    const { dataDir, url } = journey.server;
    const text = verksam(dataDir, ['check', '--org', 'VSS', '--year', '2019']);
    assert.equal(text.status, 0, text.stderr);
    const lines = plain(text.stdout).split('\n');
    assert.equal(
      lines[0],
      'Kontroller för Verksamhetsstöd och service (VSS) 2019, alla uppföljningstillfällen: 0 fel, 2 varningar, 36 noteringar.',
    );
    assert.ok(
      lines.includes(
        '  VARNING: Bedömningen avviker från indikatorerna – Bokslut 2019, Bedömningen av målet ”Goda arbetsplatser”',
      ),
    );
    const json = verksam(dataDir, [
      'check',
      '--org',
      'VSS',
      '--year',
      '2019',
      '--round',
      'closing',
      '--format',
      'json',
    ]);
    assert.equal(json.status, 0, json.stderr);
    assert.deepEqual(JSON.parse(json.stdout).severities, { fel: 0, varning: 2, notering: 30 });

    // VSS is funded by its own prices in 2023 (000:190): a cost with no revenue breaks its zero net.
    const line = await journey.session.api('/api/v1/economy/budget-lines', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ orgUnitId: 'VSS', year: 2023, account: '4010', amount: '1000' }),
    });
    assert.equal(line.status, 201);
    const failing = verksam(dataDir, ['check', '--org', 'VSS', '--year', '2023', '--round', 'budget']);
    assert.equal(failing.status, 2, failing.stderr);
    assert.match(
      plain(failing.stdout),
      /FEL: Självkostnadsenhet utan nollresultat – Ramen för Verksamhetsstöd och service 2023\n {4}Enheten finansieras till självkostnad och ska budgeteras med nollresultat, men budgetens nettokostnad \(kostnader − intäkter\) är 1 tkr\./,
    );
    const refused = verksam(dataDir, ['check', '--org', 'VSS', '--year', '2023', '--round', 'juli']);
    assert.equal(refused.status, 1);
    assert.match(refused.stderr, /Ogiltigt värde ”juli” för --round/);
  });
});
