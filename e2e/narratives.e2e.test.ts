/**
 * Journey: VSS's reporter opens Texter, sees the texts of the verksamhetsberättelse 2019 – those the demo
 * transcribed from 002 written, Framåtblick missing – writes Framåtblick in the rich-text editor, names
 * herself responsible and saves it; the page passes axe, and the document prints the text.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectAccessible, screenshot } from './support/browser.ts';
import { useJourney } from './support/journey.ts';

describe('writing the texts of a document', () => {
  const journey = useJourney({ as: 'rapportor' });

  it('writes Framåtblick for VSS’s verksamhetsberättelse 2019 and finds it in the document', async () => {
    const { page } = journey;
    await page.goto(journey.server.url);
    await page.getByRole('navigation', { name: 'Verktyg' }).getByRole('link', { name: 'Texter' }).click();
    await page.getByRole('heading', { level: 1, name: 'Texter' }).waitFor();
    await page.getByLabel('Enhet', { exact: true }).selectOption('VSS');
    await page.locator('#narratives-year').selectOption('2019');
    await page.getByLabel('Uppföljningstillfälle', { exact: true }).selectOption({ label: 'Bokslut 2019' });
    const events = page.getByRole('region', { name: 'Viktiga beslut och händelser' });
    await events.locator('.badge', { hasText: 'Skriven' }).waitFor();
    const outlook = page.getByRole('region', { name: 'Framåtblick' });
    await outlook.locator('.badge', { hasText: 'Saknas' }).waitFor();

    const editor = outlook.getByRole('textbox', { name: 'Text: Framåtblick' });
    await editor.waitFor();
    await editor.focus();
    await page.keyboard.type('Flytten till Ebbepark ger förvaltningen nya möjligheter.');
    await outlook.getByLabel('Ansvarig', { exact: true }).selectOption({ label: 'Rasmus Nyberg' });
    await outlook.getByRole('button', { name: 'Spara texten' }).click();
    await outlook.getByText('Texten är sparad.').waitFor();
    await outlook.locator('.badge', { hasText: 'Skriven' }).waitFor();
    await outlook.getByText('Ansvarig: Rasmus Nyberg').waitFor();
    await expectAccessible(page, 'Texter');
    await screenshot(page, 'narratives-page');

    const html = await (
      await journey.session.api('/api/v1/documents/render?unitId=VSS&year=2019&type=annual&format=html')
    ).text();
    assert.match(html, /Flytten till Ebbepark ger förvaltningen nya möjligheter\./);
    assert.doesNotMatch(html, /Text saknas: Framåtblick/);
  });
});
