/**
 * Journey: writing the basis of an assessment in rich text with the keyboard alone – bold, a bulleted list,
 * a link – saving it, and seeing it shown formatted; the editor obeys the server's Content Security Policy.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectAccessible, screenshot } from './support/browser.ts';
import { useJourney } from './support/journey.ts';

/** What the test reads of the editor TipTap hangs on its element: the document and the selection. */
interface TiptapLike {
  readonly state: {
    readonly doc: { textBetween(from: number, to: number): string };
    readonly selection: { readonly from: number; readonly to: number };
  };
}

describe('writing rich text', () => {
  const journey = useJourney();
  let assessmentUrl = '';

  it('formats the basis with the keyboard and the toolbar, saves it and shows it formatted', async () => {
    const { page } = journey;
    // Straight to the assessment of "God tillgänglighet" in Bokslut 2019 (the unit page's link has its own test).
    const goals = (await (await journey.session.api('/api/v1/goals/goals?orgUnit=VSS&year=2019')).json()) as {
      id: string;
      name: string;
    }[];
    const rounds = (await (await journey.session.api('/api/v1/planning/rounds?year=2019')).json()) as {
      id: string;
      kind: string;
    }[];
    const goal = goals.find((candidate) => candidate.name === 'God tillgänglighet');
    const round = rounds.find((candidate) => candidate.kind === 'closing');
    await page.goto(`${journey.server.url}/bedomning/${goal?.id}/${round?.id}`);
    await page.getByRole('heading', { level: 1, name: /God tillgänglighet/ }).waitFor();
    assessmentUrl = page.url();

    const editor = page.getByRole('textbox', { name: 'Grund för bedömningen' });
    await editor.waitFor();
    const toolbar = page.getByRole('toolbar', { name: 'Formatering' });
    const bold = toolbar.getByRole('button', { name: 'Fet' });
    // The demo's basis, written before rich text, is shown as paragraphs to edit.
    assert.match(await editor.innerText(), /\S/);

    await editor.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type('Vi har ');
    await page.keyboard.press('Control+B');
    assert.equal(await bold.getAttribute('aria-pressed'), 'true');
    await page.keyboard.type('nått målet');
    await page.keyboard.press('Control+B');
    assert.equal(await bold.getAttribute('aria-pressed'), 'false');
    await page.keyboard.type(' genom:');
    await page.keyboard.press('Enter');
    // Markdown's "- " begins a bulleted list, as in most editors.
    await page.keyboard.type('- Ny e-tjänst');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Kortare väntetider');
    assert.equal(
      await toolbar.getByRole('button', { name: 'Punktlista' }).getAttribute('aria-pressed'),
      'true',
    );
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Läs mer i rapporten.');
    // A link by the keyboard: select the word, open the link row from the toolbar, type the address.
    await page.keyboard.press('ArrowLeft');
    for (let i = 0; i < 'rapporten'.length; i += 1) {
      await page.keyboard.press('Shift+ArrowLeft');
    }
    // The editor takes the browser's selection into its own on the selectionchange event that follows the key
    // press, and ignores it once focus has left the editor: wait until its own selection is the whole word, or
    // under load the link row may act on a selection a key short (a link on "apporten", or on the address).
    await page.waitForFunction(
      (dom) => {
        const state = (dom as (HTMLElement & { editor?: TiptapLike }) | null)?.editor?.state;
        return state?.doc.textBetween(state.selection.from, state.selection.to) === 'rapporten';
      },
      await editor.elementHandle(),
    );
    await toolbar.getByRole('button', { name: 'Länk' }).focus();
    await page.keyboard.press('Enter');
    const address = page.getByLabel('Länkadress');
    await address.waitFor();
    await address.fill('javascript:alert(1)');
    await page.keyboard.press('Enter');
    await page.getByText(/Länkadressen ”javascript:alert\(1\)” går inte att använda/).waitFor();
    await address.fill('www.linkoping.se/rapport');
    await page.keyboard.press('Enter');
    // The selected word is a link in the editor before anything is saved.
    await editor.getByRole('link', { name: 'rapporten' }).waitFor();

    await screenshot(page, 'rich-text-editor');
    await expectAccessible(page, 'the assessment page while editing rich text');
    await page.getByRole('button', { name: 'Spara bedömningen' }).click();
    await page.getByText('Bedömningen är sparad.').waitFor();

    const shown = page.locator('.assessment-basis');
    await shown.waitFor();
    assert.equal(await shown.locator('strong').innerText(), 'nått målet');
    assert.deepEqual(await shown.locator('ul > li').allInnerTexts(), ['Ny e-tjänst', 'Kortare väntetider']);
    const link = shown.getByRole('link', { name: 'rapporten' });
    assert.equal(await link.getAttribute('href'), 'https://www.linkoping.se/rapport');
    assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
    await screenshot(page, 'rich-text-saved');
    await expectAccessible(page, 'the assessment page with the saved rich text');
  });

  it('stores what the browser sent sanitised, and the page shows no script that the API was sent', async () => {
    const { page } = journey;
    const [, , goalId, roundId] = new URL(assessmentUrl).pathname.split('/');
    const api = `/api/v1/assessments/goals/${goalId}/rounds/${roundId}`;
    const read = await journey.session.api(api);
    const { assessment } = (await read.json()) as {
      assessment: { basis: string; verdict: string; version: number };
    };
    assert.match(
      assessment.basis,
      /^<p>Vi har <strong>nått målet<\/strong> genom:<\/p><ul><li>Ny e-tjänst<\/li>/,
    );
    const hostile = await journey.session.api(api, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        verdict: assessment.verdict,
        basis: '<p>Säker</p><img src=x onerror="window.hacked=1"><script>window.hacked=2</script>',
        version: assessment.version,
      }),
    });
    assert.equal(hostile.status, 200, await hostile.text());
    await page.reload();
    await page.locator('.assessment-basis').getByText('Säker').waitFor();
    assert.equal(await page.evaluate(() => (window as { hacked?: number }).hacked), undefined);
    assert.equal(await page.locator('.assessment-basis img, .assessment-basis script').count(), 0);
  });

  it('loads the editor without breaking the Content Security Policy', async () => {
    const browser = journey.page.context().browser();
    assert.ok(browser);
    const context = await browser.newContext({ locale: 'sv-SE' });
    await context.addCookies(await journey.page.context().cookies());
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) {
        violations.push(message.text());
      }
    });
    await page.goto(assessmentUrl);
    await page.getByRole('textbox', { name: 'Grund för bedömningen' }).waitFor();
    await page.getByRole('toolbar', { name: 'Formatering' }).getByRole('button', { name: 'Fet' }).click();
    assert.deepEqual(violations, []);
    await context.close();
  });
});
