/**
 * Journey: a reader studies a unit's goals as the budget document and the annual report print them.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Locator } from 'playwright-core';
import { expectAccessible, screenshot } from './support/browser.ts';
import { useJourney } from './support/journey.ts';

/** The row whose row header (the indicator's name) matches. */
function rowOf(table: Locator, header: RegExp): Locator {
  return table.getByRole('row').filter({ has: table.page().getByRole('rowheader', { name: header }) });
}

describe('goal tables', () => {
  const journey = useJourney();

  it('lays out the 2023 budget like the budget document (000:369-382)', async () => {
    await journey.page.goto(`${journey.server.url}/2023/VSS`);
    const table = journey.page.getByRole('table', { name: /Välfärdstjänster med hög kvalitet/ });
    await table.waitFor();
    const headers = await table.getByRole('columnheader').allTextContents();
    assert.deepEqual(headers, ['Mål', 'Indikator', '2021', '2022', 'Målvärde 2023', 'Målvärde 2024']);
    const lkdata = rowOf(table, /^LKDATA \(0-5\)/);
    assert.match(await lkdata.innerText(), /4,3\s+4,4\s*1\s*\(jan–jul\)\s+≥4,0\s+≥4,0/);
    await journey.page.getByText('utfall januari till juli').first().waitFor();
    const sickLeave = journey.page.getByRole('table', { name: /Attraktiv arbetsgivare/ });
    await sickLeave.getByRole('rowheader', { name: /Total sjukfrånvaro.*\(obligatorisk\)/ }).waitFor();
    await journey.page
      .getByRole('list', { name: 'Fotnoter' })
      .getByText('Obligatorisk indikator')
      .first()
      .waitFor();
    await sickLeave.getByRole('rowheader', { name: 'Kvinnor' }).first().waitFor();
    await expectAccessible(journey.page, 'the 2023 budget sheet');
    await screenshot(journey.page, 'sheet-budget-2023');
  });

  it('shows outcomes, statuses and verdicts in the 2019 annual report, and flags a contradiction', async () => {
    await journey.page.goto(`${journey.server.url}/2019/VSS`);
    await journey.page.getByRole('link', { name: 'Bokslut 2019' }).click();
    const table = journey.page.getByRole('table', { name: /Attraktiv arbetsgivare/ });
    await table.waitFor();
    const headers = await table.getByRole('columnheader').allTextContents();
    assert.deepEqual(headers, ['Mål', 'Indikator', '2017', '2018', '2019', 'Målvärde 2019', 'Status']);
    const sickLeave = rowOf(table, /^Total sjukfrånvaro/);
    assert.match(await sickLeave.innerText(), /3,82\s+3,5\s+✗ Ej uppfyllt/);
    const goalCell = table.getByRole('rowheader', { name: /Goda arbetsplatser/ });
    assert.match(await goalCell.innerText(), /Uppfyllt/);
    assert.match(await goalCell.innerText(), /Avviker från indikatorerna/);
    await expectAccessible(journey.page, 'the 2019 closing sheet');
    await screenshot(journey.page, 'sheet-closing-2019');
  });

  it('shows the interim report of 31 August with its own figures (004:511)', async () => {
    await journey.page.getByRole('link', { name: 'Delår 31 augusti 2019' }).click();
    const table = journey.page.getByRole('table', { name: /Attraktiv arbetsgivare/ });
    await table.getByRole('columnheader', { name: 'Aug. 2019' }).waitFor();
    const sickLeave = rowOf(table, /^Total sjukfrånvaro/);
    assert.match(await sickLeave.innerText(), /4,3\s+4,0\s+2,5/);
    await expectAccessible(journey.page, 'the August 2019 sheet');
  });

  it("shows Kommunstyrelsen's 2020 board goals with word targets and lagging statistics (001:662-665)", async () => {
    await journey.page.goto(`${journey.server.url}/2020/KS`);
    const table = journey.page.getByRole('table', { name: /Ett attraktivt och tryggt Linköping/ });
    await table.waitFor();
    assert.match(
      await rowOf(table, /^Anmälda våldsbrott/).innerText(),
      /733\s+I\.U\.\s+Färre än 700\s+Färre än 650/,
    );
    assert.match(
      await rowOf(table, /^Låg ekonomisk standard/).innerText(),
      /2016: 15,2\s+2017: 15,7\s+Minska\s+Minska/,
    );
    await expectAccessible(journey.page, 'KS 2020');
    await screenshot(journey.page, 'sheet-ks-2020');
  });
});
