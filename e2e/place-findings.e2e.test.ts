/**
 * Journey: the consistency checks' findings beside the record they are about (issue 9 item 1). The verdict
 * on "Goda arbetsplatser" in Bokslut 2019 (002:262-274) shows, on its own page, that sick leave 3,82 % misses
 * its target 3,5 – and not the August round's note; the indicator "Total sjukfrånvaro" shows the figures of
 * 2017 and 2018 that Bokslut 2019 and Delår 31 augusti 2019 print differently (002:401; 004:510); a text
 * whose count the verdicts deny shows it under the text, the whole page asking the check once; a budget over
 * a self-cost unit's zero shows as an error beside the frames, then as acknowledged, with who and why. A page
 * whose record has no finding shows nothing of the checks.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectAccessible, screenshot } from './support/browser.ts';
import { useJourney } from './support/journey.ts';

const plain = (text: string) => text.replace(/\u00a0/g, ' ');
const FINDINGS_API = '/api/v1/consistency/findings';

describe('findings beside their place', () => {
  const journey = useJourney();

  it('shows the closing verdict’s findings on its assessment page, not another round’s', async () => {
    const { page } = journey;
    await page.goto(`${journey.server.url}/2019/VSS`);
    await page.getByRole('link', { name: 'Bokslut 2019' }).click();
    await page
      .getByRole('rowheader', { name: /Goda arbetsplatser/ })
      .getByRole('link', { name: /Visa bedömning/ })
      .click();
    await page.getByRole('heading', { level: 1, name: /Goda arbetsplatser/ }).waitFor();
    const findings = page.getByRole('region', { name: 'Kontroller för bedömningen' });
    await findings.waitFor();
    const items = findings.getByRole('listitem');
    assert.deepEqual(
      (await items.allInnerTexts()).map((text) => plain(text).split('\n')[0]?.trim()),
      [
        '◐ Varning Bedömningen avviker från indikatorerna',
        '◐ Varning Jämförelsen i texten stämmer inte med utfallet',
      ],
    );
    assert.match(
      plain(await items.first().innerText()),
      /Når inte målvärdet: Total sjukfrånvaro \(3,82 %, målvärde 3,5\)\./,
    );
    // Said once on the page: the list states the figures, so the assessment has no notice of its own.
    assert.equal(await page.getByText('Bedömningen avviker från indikatorerna').count(), 1);
    // The August round's note on the same goal belongs to that round's page.
    assert.doesNotMatch(await findings.innerText(), /Notering/);
    assert.equal(
      await findings.getByRole('link', { name: 'Alla kontroller för VSS 2019' }).getAttribute('href'),
      '/kontroller?enhet=VSS&ar=2019&tillfalle=closing',
    );
    await expectAccessible(page, 'the assessment page with its findings');
    await screenshot(page, 'place-findings-assessment');
  });

  it('shows the indicator’s restated outcomes on its page, each naming the outcome', async () => {
    const { page } = journey;
    await page.getByRole('link', { name: 'Total sjukfrånvaro', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Total sjukfrånvaro' }).waitFor();
    const findings = page.getByRole('region', { name: 'Kontroller för utfallen 2019' });
    await findings.waitFor();
    const items = (await findings.getByRole('listitem').allInnerTexts()).map(plain);
    assert.equal(items.length, 6, items.join('\n'));
    for (const item of items) {
      assert.match(
        item,
        /^– Notering Samma uppgift olika vid två tillfällen – Total sjukfrånvaro, utfall 201[78]/,
      );
    }
    assert.match(
      items[0] ?? '',
      /Total sjukfrånvaro, utfall 2017, Bokslut 2019\s+Uppgiften är 4,16 % enligt Bokslut 2019 men 4,3 % enligt Delår 31 augusti 2019, skillnad −0,14/,
    );
    // The same goal's other indicators have findings of their own, on their own pages.
    assert.doesNotMatch(await findings.innerText(), /Chefers sjukfrånvaro|heltidsanställningar/);
    await expectAccessible(page, 'the indicator page with its findings');
    await screenshot(page, 'place-findings-indicator');
  });

  it('shows nothing of the checks where the record has no finding', async () => {
    const { page } = journey;
    await page.goto(`${journey.server.url}/2019/VSS`);
    await page.getByRole('link', { name: 'Bokslut 2019' }).click();
    // The unit page's count reads the same check, which the assessment page then has without waiting.
    await page.getByRole('link', { name: 'Kontroller: 0 fel, 3 varningar, 30 noteringar' }).waitFor();
    // Bokslut 2019 has findings on other goals; this one has a note only in the August round.
    await page
      .getByRole('rowheader', { name: /Nya vägar för \(tryggad\) kompetensförsörjning/ })
      .getByRole('link', { name: /Visa bedömning/ })
      .click();
    await page.getByRole('heading', { level: 1, name: /Nya vägar/ }).waitFor();
    await page.getByRole('region', { name: 'Vad indikatorerna säger' }).getByRole('table').first().waitFor();
    assert.equal(await page.getByRole('region', { name: /^Kontroller/ }).count(), 0);
  });

  it('shows a text’s findings under it, the page asking the check once for all its texts', async () => {
    const { page, session } = journey;
    const rounds = (await (await session.api('/api/v1/planning/rounds?year=2019')).json()) as {
      id: string;
      kind: string;
    }[];
    const closing = rounds.find((round) => round.kind === 'closing')?.id ?? '';
    // Eight met and three partly: the verdicts of Bokslut 2019 say six and five.
    const saved = await session.api(`/api/v1/narratives/units/VSS/rounds/${closing}/texts/outlook`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        body: '<p>Av förvaltningens 11 förvaltningsmål har åtta uppnåtts och tre har delvis uppnåtts.</p>',
        responsibleUserId: null,
      }),
    });
    assert.equal(saved.status, 200, await saved.text());
    const asked: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes(`${FINDINGS_API}?`)) {
        asked.push(request.url());
      }
    });
    await page.goto(`${journey.server.url}/texter?enhet=VSS&ar=2019&tillfalle=${closing}`);
    const findings = page.getByRole('region', { name: 'Kontroller för texten ”Framåtblick”' });
    await findings.waitFor();
    assert.match(
      plain(await findings.innerText()),
      /säger 8 av 11 mål uppfyllda; bedömningarna i Bokslut 2019 ger 6 av 11/,
    );
    assert.equal(await page.getByRole('region', { name: /^Kontroller för texten/ }).count(), 1);
    assert.deepEqual(asked, [`${journey.server.url}${FINDINGS_API}?org=VSS&year=2019&round=closing`]);
    await expectAccessible(page, 'the texts with a finding');
    await screenshot(page, 'place-findings-texts');
  });

  it('shows a frame’s error beside the frames, and who acknowledged it and why', async () => {
    const { page, session } = journey;
    // VSS is funded by its own prices in 2023 (000:190): a cost with no revenue breaks its zero net.
    const line = await session.api('/api/v1/economy/budget-lines', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ orgUnitId: 'VSS', year: 2023, account: '4010', amount: '1000' }),
    });
    assert.equal(line.status, 201);
    await page.goto(`${journey.server.url}/ekonomi/budget?enhet=VSS&ar=2023`);
    const findings = page.getByRole('region', { name: 'Kontroller för ramarna 2023' });
    await findings.waitFor();
    assert.match(
      plain(await findings.innerText()),
      /✗ Fel Självkostnadsenhet utan nollresultat – Ramen för Verksamhetsstöd och service 2023[\s\S]*Inte kvitterat\./,
    );
    // The frames are every board's, so the list is the whole organisation's check.
    const link = findings.getByRole('link', { name: 'Alla kontroller för LINKOPING 2023' });
    assert.equal(await link.getAttribute('href'), '/kontroller?enhet=LINKOPING&ar=2023&tillfalle=budget');

    const report = (await (
      await session.api(`${FINDINGS_API}?org=LINKOPING&year=2023&round=budget`)
    ).json()) as { findings: { key: string; ruleId: string }[] };
    const error = report.findings.find((finding) => finding.ruleId === 'self-cost-not-zero');
    const acknowledged = await session.api('/api/v1/consistency/acknowledgements', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        org: 'LINKOPING',
        year: 2023,
        round: 'budget',
        key: error?.key,
        reason: 'Rättas i nästa budgetrevidering.',
      }),
    });
    assert.equal(acknowledged.status, 201, await acknowledged.text());
    await page.reload();
    await findings.getByText(/Kvitterat/).waitFor();
    assert.match(
      plain(await findings.innerText()),
      /– Kvitterat av .+ den \d{4}-\d{2}-\d{2}: Rättas i nästa budgetrevidering\./,
    );
    assert.doesNotMatch(await findings.innerText(), /Inte kvitterat/);
    await expectAccessible(page, 'the budget page with a frame’s finding');
    await screenshot(page, 'place-findings-frames');
  });
});
