/**
 * Journey: the controller of VSS (Cecilia Ek) sees on Rapportering that VSS is late with Delår 31 augusti
 * 2023 and reminds it; the row then says who reminded it and when. The reporter (Rasmus Nyberg) signs in,
 * sees the unread message in the header, reads it on Meddelanden and follows its link to VSS's one-screen
 * report. axe-core on every page.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { signIn } from './support/app-server.ts';
import { expectAccessible, screenshot } from './support/browser.ts';
import { useJourney } from './support/journey.ts';

const ROUND = 'Delår 31 augusti 2023';
const VSS = 'Verksamhetsstöd och service';

describe('reminding a late unit', () => {
  const journey = useJourney({ as: 'controller' });
  let roundId = '';

  it('finds the round in the demo', async () => {
    const response = await journey.session.api('/api/v1/planning/rounds?year=2023');
    const rounds = (await response.json()) as { id: string; name: string }[];
    roundId = rounds.find((round) => round.name === ROUND)?.id ?? '';
    assert.notEqual(roundId, '', `the demo has ${ROUND}`);
  });

  it('lets the controller remind VSS from Rapportering, and shows that it was reminded', async () => {
    const page = journey.page;
    await page.goto(`${journey.server.url}/rapportering?ar=2023&tillfalle=${roundId}&org=VSS`);
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: `${VSS} (VSS)` }) });
    await row.waitFor();
    assert.match(await row.innerText(), /Inte påmind|—/);
    await page.getByRole('button', { name: /^Påminn alla sena \(\d+\)$/ }).waitFor();
    await expectAccessible(page, 'Rapportering before reminding');
    await row.getByRole('button', { name: `Påminn ${VSS}` }).click();
    await page.getByText(/^Påminnelse skickad till \d+ rapportör(er)? för 1 enhet\.$/).waitFor();
    await row.getByText(/^Påmind \d{1,2} [a-zå]+ \d{4} av Cecilia Ek$/).waitFor();
    assert.equal(await row.getByRole('button', { name: `Påminn igen ${VSS}` }).count(), 1);
    // VSS, the only late unit, was reminded today: the bulk button offers no second reminder.
    assert.equal(await page.getByRole('button', { name: /^Påminn alla sena/ }).count(), 0);
    await expectAccessible(page, 'Rapportering after reminding');
    await screenshot(page, 'reminders-01-rapportering');
  });

  it('lets the reporter see the unread message in the header, read it and follow its link', async () => {
    const page = journey.page;
    const session = await signIn(journey.server.url, 'rapportor');
    await page.context().clearCookies();
    await page.context().addCookies([{ ...session.cookie, url: journey.server.url }]);
    await page.goto(`${journey.server.url}/2023/VSS`);
    const badge = page.getByRole('link', { name: /^Meddelanden\s*1 oläst meddelande$/ });
    await badge.waitFor();
    await screenshot(page, 'reminders-02-header-badge');
    await badge.click();
    await page.getByRole('heading', { level: 1, name: 'Meddelanden' }).waitFor();
    const subject = `Påminnelse: rapportera för ${VSS} i ${ROUND}`;
    const item = page.getByRole('listitem').filter({ hasText: subject });
    await item.waitFor();
    const text = await item.innerText();
    assert.match(text, /Från Cecilia Ek/);
    assert.match(text, new RegExp(`${VSS} \\(VSS\\) har ännu inte klarmarkerat sin del av ${ROUND}\\.`));
    assert.match(text, /Sista dag var \d{1,2} [a-zåäö]+ 20\d\d\./);
    assert.match(text, /Oläst/);
    await expectAccessible(page, 'Meddelanden');
    await screenshot(page, 'reminders-03-meddelanden');

    await item.getByRole('link', { name: /^Öppna i Verksam/ }).click();
    await page.waitForURL(new RegExp(`/rapportera/${roundId}/VSS$`));
    await page.getByRole('heading', { level: 1, name: `Rapportera ${ROUND}: ${VSS}` }).waitFor();
    await expectAccessible(page, 'the one-screen report reached from the message');
    // Opening the message's link marked it read: the header no longer counts it.
    await page.getByRole('link', { name: 'Meddelanden', exact: true }).waitFor();
    await screenshot(page, 'reminders-04-report');
  });
});
