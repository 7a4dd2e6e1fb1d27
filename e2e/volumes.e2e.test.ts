/**
 * Journey: a controller opens Volymer och personal, reads VSS's volume and personnel tables of the budget
 * for 2023 and of the interim report of August 2019 as the documents print them, creates a measure, gets
 * its mistakes explained next to the fields, adds a value typed the Swedish way, changes it, and sees it in
 * the unit's table.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectAccessible, screenshot } from './support/browser.ts';
import { useJourney } from './support/journey.ts';

describe('volumes and personnel in the browser', () => {
  const journey = useJourney();

  it('shows VSS’s volumes and personnel of the budget for 2023 as 000:217-240 prints them', async () => {
    const { page } = journey;
    await page.goto(journey.server.url);
    await page
      .getByRole('navigation', { name: 'Verktyg' })
      .getByRole('link', { name: 'Volymer och personal' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Volymer och personal' }).waitFor();
    await page.getByLabel('Enhet', { exact: true }).selectOption('VSS');
    await page.locator('#volumes-year').selectOption('2023');
    await page.getByLabel('Tabeller som i').selectOption({ label: 'Budget med plan' });
    const volumes = page.getByRole('table', { name: 'Volymutveckling' });
    await volumes.getByRole('rowheader', { name: 'Antal kök' }).waitFor();
    assert.deepEqual(await volumes.getByRole('columnheader').allInnerTexts(), [
      'Basuppdrag',
      'Utfall 2021',
      'Budget 2022',
      'Budget 2023',
      'Plan 2024',
      'Plan 2025',
      'Plan 2026',
      'Plan 2027',
      'Plan 2028',
    ]);
    const contact = volumes.getByRole('row', { name: /^Ärenden Kontakt Linköping/ });
    assert.deepEqual(
      (await contact.getByRole('cell').allInnerTexts()).map((text) => text.replace(/\u00a0/g, ' ')),
      ['283 648', '280 000', '290 000', '300 000', '300 000', '300 000', '300 000', '300 000'],
    );
    const men = volumes.getByRole('row', { name: /^Män/ });
    assert.equal((await men.getByRole('cell').first().innerText()).replace(/\u00a0/g, ' '), '90 928');
    const personnel = page.getByRole('table', { name: 'Personal' });
    const sick = personnel.getByRole('row', { name: /^Total sjukfrånvaro/ });
    assert.deepEqual(await sick.getByRole('cell').allInnerTexts(), [
      '5,9',
      '5,0',
      '6,0',
      '6,0',
      '6,0',
      '6,0',
      '6,0',
      '6,0',
    ]);
    await expectAccessible(page, 'the volumes page');
    await screenshot(page, 'volumes-budget-2023');
  });

  it('shows the interim report of August 2019, with "I.U." before a measure was measured', async () => {
    const { page } = journey;
    await page.locator('#volumes-year').selectOption('2019');
    await page.getByLabel('Tabeller som i').selectOption({ label: 'Delårsrapport' });
    await page.getByLabel('Uppföljningstillfälle').selectOption({ label: 'Augusti' });
    const volumes = page.getByRole('table', { name: 'Volymutveckling' });
    await volumes.getByRole('columnheader', { name: 'Prognos 2019' }).waitFor();
    const contact = volumes.getByRole('row', { name: /^Ärenden Kontakt Linköping/ });
    assert.deepEqual(
      (await contact.getByRole('cell').allInnerTexts()).map((text) => text.replace(/\u00a0/g, ' ')),
      ['197 000', '100 000', 'I.U.'],
    );
    const personnel = page.getByRole('table', { name: 'Personal' });
    await personnel.getByRole('columnheader', { name: 'Målvärde helår' }).waitFor();
    assert.match(
      await personnel.getByRole('row', { name: /^Total sjukfrånvaro/ }).innerText(),
      /2,5\s+2,3\s+3,5/,
    );
    await expectAccessible(page, 'the interim tables');
  });

  it('creates a measure and explains a value’s mistakes next to its fields, saving nothing', async () => {
    const { page } = journey;
    await page.locator('#volumes-year').selectOption('2023');
    await page.getByLabel('Tabeller som i').selectOption({ label: 'Budget med plan' });
    const create = page.getByRole('form', { name: 'Nytt mått' });
    await create.getByLabel('Namn').fill('Antal chattar');
    await create.getByLabel('Måttenhet (valfri)').fill('antal');
    await create.getByLabel('Mäts från år').fill('2023');
    await create.getByRole('button', { name: 'Skapa måttet' }).click();
    await page.getByRole('heading', { level: 2, name: 'Mått: Antal chattar' }).waitFor();
    await page.getByText('Måttet har inga värden ännu.').waitFor();

    const form = page.getByRole('form', { name: 'Nytt värde' });
    await form.getByLabel('År').fill('2022');
    await form.getByLabel('Typ av värde').selectOption({ label: 'Budget' });
    await form.getByRole('button', { name: 'Lägg till värdet' }).click();
    const summary = form.getByRole('alert');
    await summary.getByText('Det gick inte att spara').waitFor();
    assert.equal(await summary.evaluate((element) => element === document.activeElement), true);
    await summary
      .getByRole('link', { name: 'Totalt: ange ett värde eller markera ”ingen uppgift”.' })
      .waitFor();
    await summary.getByRole('link', { name: /^År: måttet mäts från 2023/ }).click();
    const year = form.getByLabel('År');
    assert.equal(await year.evaluate((element) => element === document.activeElement), true);
    assert.equal(await year.getAttribute('aria-invalid'), 'true');
    assert.match(await form.innerText(), /måttet mäts från 2023/);
    await page.getByText('Måttet har inga värden ännu.').waitFor();
    await expectAccessible(page, 'the value form with errors');
    await screenshot(page, 'volumes-value-error');
  });

  it('adds a value typed the Swedish way, changes it, and sees it in the unit’s table', async () => {
    const { page } = journey;
    const form = page.getByRole('form', { name: 'Nytt värde' });
    await form.getByLabel('År').fill('2023');
    await form.getByLabel('Totalt (antal)').fill('12 500');
    await form.getByRole('button', { name: 'Lägg till värdet' }).click();
    const values = page.getByRole('table', { name: 'Värden för Antal chattar' });
    const row = values.getByRole('row', { name: /2023/ });
    await row.getByRole('cell', { name: /^12.500$/ }).waitFor();
    const volumes = page.getByRole('table', { name: 'Volymutveckling' });
    const chats = volumes.getByRole('row', { name: /^Antal chattar/ });
    // The row stands from when the measure was made; its 2023 cell fills in when the table is read again.
    await chats.getByRole('cell', { name: /^12.500$/ }).waitFor();
    // Utfall 2021 and Budget 2022 come before 2023, when the measure began: "I.U.".
    assert.deepEqual(
      (await chats.getByRole('cell').allInnerTexts()).slice(0, 3).map((text) => text.replace(/\u00a0/g, ' ')),
      ['I.U.', 'I.U.', '12 500'],
    );

    await page.getByRole('button', { name: 'Ändra budget 2023 (helår)' }).click();
    const edit = page.getByRole('form', { name: 'Ändra värdet' });
    await edit.getByLabel('Totalt (antal)').fill('13 000');
    await edit.getByLabel('Fotnot (valfri)').fill('Chatten öppnar i mars.');
    await edit.getByRole('button', { name: 'Spara värdet' }).click();
    await values.getByRole('cell', { name: /^13.000$/ }).waitFor();
    await chats.getByRole('cell', { name: /13.000/ }).waitFor();
    assert.match(await page.locator('#volumes-volume-notes').innerText(), /Chatten öppnar i mars\./);
    await expectAccessible(page, 'the measure with a value');
    await screenshot(page, 'volumes-measure');
  });
});
