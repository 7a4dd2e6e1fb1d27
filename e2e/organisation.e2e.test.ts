/**
 * Journey: a controller opens Verksam, picks a year and finds a unit in the organisation as it was that year.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectAccessible, screenshot } from './support/browser.ts';
import { useJourney } from './support/journey.ts';

describe('the organisation over time', () => {
  const journey = useJourney();

  it('shows the start page with the organisation tree', async () => {
    await journey.page.goto(journey.server.url);
    await journey.page.getByRole('heading', { level: 1, name: /Mål och resultat/ }).waitFor();
    const tree = journey.page.getByRole('navigation', { name: /Organisation/ });
    await tree.getByRole('link', { name: 'Linköpings kommun' }).waitFor();
    await expectAccessible(journey.page, 'the start page');
    await screenshot(journey.page, 'start');
  });

  it('shows VSS with its ledning and its five units in 2019', async () => {
    await journey.page.goto(`${journey.server.url}/2019/VSS`);
    await journey.page.getByRole('heading', { level: 1, name: /Verksamhetsstöd och service/ }).waitFor();
    const tree = journey.page.getByRole('navigation', { name: 'Organisation 2019' });
    const units = [
      'VSS ledning',
      'LK-data',
      'Kontakt Linköping',
      'HR service',
      'Ekonomiservice',
      'Stadsarkivet',
    ];
    for (const unit of units) {
      await tree.getByRole('link', { name: unit, exact: true }).waitFor();
    }
    assert.equal(await tree.getByRole('link', { name: 'Kost och restaurang' }).count(), 0);
    await journey.page.getByText('6 underliggande enheter 2019').waitFor();
    await expectAccessible(journey.page, 'VSS 2019');
  });

  it('switches year with the keyboard and shows the divisions of 2023', async () => {
    await journey.page.getByLabel('År', { exact: true }).selectOption('2023');
    await journey.page.getByRole('button', { name: 'Visa', exact: true }).press('Enter');
    await journey.page.waitForURL('**/2023/VSS');
    const tree = journey.page.getByRole('navigation', { name: 'Organisation 2023' });
    for (const division of [
      'Stab och ledning',
      'Verksamhetsområde ekonomi',
      'Verksamhetsområde HR',
      'Verksamhetsområde medborgare',
      'Kost och restaurang',
      'LKDATA',
    ]) {
      await tree.getByRole('link', { name: division, exact: true }).waitFor();
    }
    assert.equal(await tree.getByRole('link', { name: 'HR service', exact: true }).count(), 0);
    await journey.page.getByText('6 underliggande enheter 2023').waitFor();
    await expectAccessible(journey.page, 'VSS 2023');
    await screenshot(journey.page, 'vss-2023');
  });
});
