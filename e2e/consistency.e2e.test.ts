/**
 * Journey: a controller opens Kontroller for VSS 2019 – the annual report (002) and the interim report of
 * August 2019 (004) as printed – reads the findings grouped by severity, follows one to the verdict it is
 * about, narrows the list to the closing round, reaches the list from the unit's page, and runs the same
 * checks from the command line, which exits with 2 once the data holds an error; the VSS controller then
 * acknowledges that error with a reason, the list says who did and why (and prints without its forms), and
 * the command line exits with 0 again.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { ROOT, signIn } from './support/app-server.ts';
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
    await page.getByText('Verksamhetsstöd och service 2019: 0 fel, 3 varningar, 36 noteringar.').waitFor();
    const warnings = page.getByRole('table', { name: 'Varningar: 3 fynd' });
    assert.deepEqual(await warnings.getByRole('columnheader').allInnerTexts(), [
      'Regel',
      'Plats',
      'Källa',
      'Beskrivning',
    ]);
    // Two warnings are at the goal: the verdict and its result's comparison (002:274).
    const arbetsplatser = warnings.getByRole('row', { name: /^Bedömningen avviker.*Goda arbetsplatser/ });
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
      /◐\s*Varningar 3 fynd/,
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
      .getByRole('table', { name: 'Varningar: 3 fynd' })
      .getByRole('link', { name: 'Bedömningen av målet ”Goda arbetsplatser”' })
      .first()
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
    await page.getByRole('link', { name: 'Kontroller: 0 fel, 3 varningar, 30 noteringar' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kontroller' }).waitFor();
    assert.match(page.url(), /\/kontroller\?enhet=VSS&ar=2019&tillfalle=closing$/);
    await page
      .getByText('Verksamhetsstöd och service 2019, Bokslut: 0 fel, 3 varningar, 30 noteringar.')
      .waitFor();
  });

  it('prints the same findings on the command line, and exits with 2 once there is an error', async () => {
    const { dataDir } = journey.server;
    const text = verksam(dataDir, ['check', '--org', 'VSS', '--year', '2019']);
    assert.equal(text.status, 0, text.stderr);
    const lines = plain(text.stdout).split('\n');
    assert.equal(
      lines[0],
      'Kontroller för Verksamhetsstöd och service (VSS) 2019, alla uppföljningstillfällen: 0 fel, 3 varningar, 36 noteringar.',
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
    assert.deepEqual(JSON.parse(json.stdout).severities, { fel: 0, varning: 3, notering: 30 });

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

  /** The browser continues as another of the demo's users. */
  async function switchTo(username: string) {
    const session = await signIn(journey.server.url, username);
    await journey.page.context().clearCookies();
    await journey.page.context().addCookies([{ ...session.cookie, url: journey.server.url }]);
    return session;
  }

  let august = { id: '', name: '' };
  const partUrl = () => `/api/v1/reporting/rounds/${august.id}/units/VSS`;
  const post = (body: unknown) => ({
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

  it('refuses the approver VSS’s part of a round while an error is open, saying where to look', async () => {
    const { page, server } = journey;
    const rounds = (await (await journey.session.api('/api/v1/planning/rounds?year=2023')).json()) as {
      id: string;
      kind: string;
      name: string;
    }[];
    august = rounds.find((round) => round.kind === 'august') ?? august;
    assert.notEqual(august.id, '', 'the demo has an August round 2023');
    // An error in the August report: 70 men and 60 women of 120 cases.
    const created = async (url: string, body: unknown) => {
      const response = await journey.session.api(url, post(body));
      assert.equal(response.status, 201, await response.clone().text());
      return ((await response.json()) as { id: string }).id;
    };
    const goalId = await created('/api/v1/goals/goals', {
      orgUnitId: 'VSS',
      name: 'God service i kundtjänsten',
      validFromYear: 2023,
    });
    const indicatorId = await created('/api/v1/goals/indicators', {
      goalId,
      name: 'Ärenden i kundtjänsten',
      unit: 'antal',
      isGenderSplit: true,
    });
    await created('/api/v1/goals/outcomes', {
      indicatorId,
      reportingRoundId: august.id,
      year: 2023,
      toMonth: 8,
      total: '120',
      men: '70',
      women: '60',
    });
    const rasmus = await signIn(server.url, 'rapportor');
    const ready = await rasmus.api(`${partUrl()}/actions`, post({ action: 'markReady', version: null }));
    assert.equal(ready.status, 200, await ready.clone().text());

    await switchTo('godkannare');
    await page.goto(`${server.url}/2023/VSS?tillfalle=${august.id}`);
    const panel = page.getByRole('region', { name: 'Rapportering' });
    // Said before the click, and tied to the button for a screen reader.
    const approve = panel.getByRole('button', { name: 'Godkänn' });
    await approve.waitFor();
    const beforehand = /Delen kan inte godkännas: 1 fel i kontrollerna är varken rättat eller kvitterat\./;
    assert.match(plain(await panel.getByRole('status').innerText()), beforehand);
    assert.match((await approve.getAttribute('aria-describedby')) ?? '', /blocked/);
    await expectAccessible(page, 'the approval said to be blocked beforehand');
    await screenshot(page, 'reporting-panel-approval-blocked-beforehand');
    await approve.click();
    const summary = panel.getByRole('alert');
    await summary.getByText('Det gick inte att ändra läget').waitFor();
    assert.match(
      plain(await summary.innerText()),
      /Delen kan inte godkännas: 1 fel i kontrollerna är varken rättat eller kvitterat\. Se Kontroller för Verksamhetsstöd och service, delår 31 augusti 2023\./,
    );
    await expectAccessible(page, 'the approval refused for an open error');
    await screenshot(page, 'reporting-panel-approval-blocked');
  });

  it('shows the reporter the open error without a form, as the server says', async () => {
    const { page, server } = journey;
    await switchTo('rapportor');
    // Forms show only once the server has said what the user may do: wait for its answer, then look.
    const answered = page.waitForResponse((response) =>
      response.url().includes('/api/v1/consistency/permissions?'),
    );
    await page.goto(`${server.url}/kontroller?enhet=VSS&ar=2023&tillfalle=budget`);
    assert.equal((await answered).status(), 200);
    await page.getByText(/Verksamhetsstöd och service 2023, Budget: 1 fel, /).waitFor();
    const errors = page.getByRole('table', { name: 'Fel: 1 fynd' });
    assert.match(await errors.innerText(), /Inte kvitterat\./);
    assert.equal(await errors.getByRole('button', { name: 'Kvittera' }).count(), 0);
    assert.equal(await errors.getByLabel('Skäl för kvitteringen').count(), 0);
  });

  it('lets the controller acknowledge the error with a reason, shown with who and when, and printed without forms', async () => {
    const { page, server } = journey;
    await switchTo('controller');
    await page.goto(`${server.url}/kontroller?enhet=VSS&ar=2023&tillfalle=budget`);
    await page.getByText(/Verksamhetsstöd och service 2023, Budget: 1 fel, /).waitFor();
    const errors = page.getByRole('table', { name: 'Fel: 1 fynd' });
    assert.deepEqual(await errors.getByRole('columnheader').allInnerTexts(), [
      'Regel',
      'Plats',
      'Källa',
      'Beskrivning',
      'Kvittering',
    ]);
    assert.match(await errors.innerText(), /Inte kvitterat\./);
    // Without a reason, the form says which field is missing and leads to it.
    await errors.getByRole('button', { name: 'Kvittera' }).click();
    const summary = errors.getByRole('alert');
    await summary.getByText('Det gick inte att kvittera').waitFor();
    await summary.getByRole('link', { name: /^Skäl/ }).click();
    const reason = errors.getByLabel('Skäl för kvitteringen');
    assert.equal(await reason.getAttribute('aria-invalid'), 'true');
    await expectAccessible(page, 'an acknowledgement without a reason');
    await screenshot(page, 'consistency-acknowledge-reason-required');
    await reason.fill('Prisjusteringen mot kunderna beslutas i december; budgeten rättas då.');
    await errors.getByRole('button', { name: 'Kvittera' }).click();
    await page.getByText(/Verksamhetsstöd och service 2023, Budget: 1 fel \(varav 1 kvitterat\), /).waitFor();
    assert.match(
      plain(await errors.innerText()),
      /Kvitterat av Cecilia Ek den \d{4}-\d{2}-\d{2}: Prisjusteringen mot kunderna beslutas i december; budgeten rättas då\./,
    );
    await errors.getByRole('button', { name: 'Dra tillbaka kvitteringen' }).waitFor();
    await expectAccessible(page, 'an acknowledged error');
    await screenshot(page, 'consistency-acknowledged');

    // As an appendix: no forms, no buttons, no choosers.
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.getByRole('button').filter({ visible: true }).count(), 0);
    assert.equal(await page.locator('#consistency-org').isVisible(), false);
    await screenshot(page, 'consistency-acknowledged-print');
    await page.emulateMedia({ media: 'screen' });

    // An acknowledged error no longer fails a scheduled check.
    const acknowledged = verksam(server.dataDir, [
      'check',
      '--org',
      'VSS',
      '--year',
      '2023',
      '--round',
      'budget',
    ]);
    assert.equal(acknowledged.status, 0, acknowledged.stderr);
    assert.match(plain(acknowledged.stdout), /1 fel \(varav 1 kvitterat\)/);
    assert.match(plain(acknowledged.stdout), /Kvitterat av Cecilia Ek den /);
  });

  it('lets the approver approve the part once its error is acknowledged', async () => {
    const { page, server } = journey;
    const cecilia = await signIn(server.url, 'controller');
    const report = (await (
      await cecilia.api('/api/v1/consistency/findings?org=VSS&year=2023&round=august')
    ).json()) as { findings: { severity: string; key: string }[] };
    const error = report.findings.find((finding) => finding.severity === 'fel');
    assert.ok(error, 'the August error is listed');
    const acknowledged = await cecilia.api(
      '/api/v1/consistency/acknowledgements',
      post({ org: 'VSS', year: 2023, round: 'august', key: error.key, reason: 'Rättas i bokslutet.' }),
    );
    assert.equal(acknowledged.status, 201, await acknowledged.clone().text());
    await switchTo('godkannare');
    await page.goto(`${server.url}/2023/VSS?tillfalle=${august.id}`);
    const panel = page.getByRole('region', { name: 'Rapportering' });
    await panel.getByRole('button', { name: 'Godkänn' }).waitFor();
    assert.equal(await panel.getByText('Delen kan inte godkännas').count(), 0, 'nothing blocks it any more');
    await panel.getByRole('button', { name: 'Godkänn' }).click();
    await panel.getByText('Delen är godkänd.', { exact: true }).waitFor();
  });
});
