/**
 * Journey: signing in and administering users. Someone not signed in who opens a unit's page meets the
 * sign-in page (with the demo's users); a wrong password is refused; the administrator signs in, creates a
 * user with a reporter's role on VSS and reads the one-time password; the new user signs in with it, must
 * choose a password of their own, and then sees their role on Mitt konto.
 *
 * A browser context of its own, not signed in: the journey starts where a stranger would.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { type AppServer, DEMO_PASSWORD, startAppServer } from './support/app-server.ts';
import { expectAccessible, launchBrowser, openPage, screenshot } from './support/browser.ts';

const NEW_PASSWORD = 'mitt eget lösenord 2024';

async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('Användarnamn').fill(username);
  await page.getByLabel('Lösenord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
}

describe('signing in and administering users', () => {
  const errors: string[] = [];
  const failed: string[] = [];
  let server: AppServer;
  let browser: Browser;
  let page: Page;
  let oneTimePassword = '';

  before(async () => {
    const [started, launched] = await Promise.allSettled([startAppServer(), launchBrowser()]);
    if (started.status === 'rejected' || launched.status === 'rejected') {
      await Promise.all([
        started.status === 'fulfilled' ? started.value.stop() : undefined,
        launched.status === 'fulfilled' ? launched.value.close() : undefined,
      ]);
      throw started.status === 'rejected' ? started.reason : (launched as PromiseRejectedResult).reason;
    }
    server = started.value;
    browser = launched.value;
    page = await openPage(browser, errors);
    page.on('response', (response) => {
      if (response.status() >= 400) {
        failed.push(`${response.status()} ${response.request().method()} ${response.url()}`);
      }
    });
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    assert.deepEqual(errors, [], 'the app logged errors');
  });

  it('shows the sign-in page, and nothing else, to someone not signed in', async () => {
    await page.goto(`${server.url}/2023/VSS`);
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/logga-in');
    assert.equal(new URL(page.url()).searchParams.get('next'), '/2023/VSS');
    const demo = page.getByRole('table', { name: 'Demoanvändare' });
    await demo.getByRole('rowheader', { name: 'admin', exact: true }).waitFor();
    assert.match(
      await demo.getByRole('row', { name: /^rapportor/ }).innerText(),
      /Rasmus Nyberg\s+Rapportör/,
    );
    await page.getByText(`Alla har lösenordet ${DEMO_PASSWORD}`).waitFor();
    assert.equal(await page.getByRole('navigation', { name: /Organisation/ }).count(), 0);
    assert.deepEqual(failed, [], 'no request failed on the sign-in page');
    await expectAccessible(page, 'the sign-in page');
    await screenshot(page, 'access-sign-in');
  });

  it('refuses a wrong password with the server’s message', async () => {
    await signIn(page, 'admin', 'inte-rätt-lösenord');
    const summary = page.getByRole('alert').filter({ hasText: 'Fel användarnamn eller lösenord.' });
    await summary.waitFor();
    assert.equal(await page.getByLabel('Lösenord', { exact: true }).inputValue(), '');
    await expectAccessible(page, 'the sign-in page with an error');
  });

  it('signs the administrator in and goes on to the page asked for', async () => {
    await signIn(page, 'admin', DEMO_PASSWORD);
    await page.waitForURL('**/2023/VSS');
    await page.getByRole('heading', { level: 1, name: /Verksamhetsstöd och service/ }).waitFor();
    await page.getByRole('banner').getByRole('link', { name: 'Mitt konto: Astrid Berg' }).waitFor();
  });

  it('creates a user with a reporter’s role on VSS and shows the one-time password once', async () => {
    await page.getByRole('navigation', { name: 'Verktyg' }).getByRole('link', { name: 'Användare' }).click();
    await page.getByRole('heading', { level: 1, name: 'Användare' }).waitFor();
    const users = page.getByRole('table', { name: /^Användare/ });
    await users.getByRole('rowheader', { name: 'Astrid Berg' }).waitFor();
    await expectAccessible(page, 'the users page');
    // After a reload the page has only the cookie: its changes must still carry the session's CSRF token.
    await page.reload();
    await users.getByRole('rowheader', { name: 'Astrid Berg' }).waitFor();

    await page.getByLabel('Namn', { exact: true }).fill('Nils Nilsson');
    await page.getByLabel('Användarnamn').fill('nils.nilsson');
    await page.getByRole('button', { name: 'Skapa användaren' }).click();
    const notice = page.getByRole('status').filter({ hasText: 'Engångslösenord för Nils Nilsson' });
    await notice.waitFor();
    await notice.getByText('Lösenordet visas bara nu.').waitFor();
    oneTimePassword = (await notice.locator('code').innerText()).trim();
    assert.ok(oneTimePassword.length >= 12, `a one-time password: ${oneTimePassword}`);

    // The new user is opened for their roles.
    await page.getByRole('heading', { level: 2, name: /Nils Nilsson/ }).waitFor();
    await page.getByLabel('Roll', { exact: true }).selectOption({ label: 'Rapportör' });
    const unit = page.getByLabel('Del av organisationen');
    const vss = await unit.locator('option', { hasText: '(VSS)' }).first().getAttribute('value');
    assert.ok(vss);
    await unit.selectOption(vss);
    await page.getByRole('button', { name: 'Lägg till rollen' }).click();
    const roles = page.getByRole('table', { name: 'Roller för Nils Nilsson' });
    await roles.getByRole('rowheader', { name: 'Rapportör' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Lägg till rollen' }).count(), 1);
    assert.match(await roles.innerText(), /Verksamhetsstöd och service \(VSS\)\s+alla år/);
    await users
      .getByRole('row', { name: /Nils Nilsson/ })
      .getByText('Rapportör – Verksamhetsstöd och service (VSS), alla år')
      .waitFor();
    await expectAccessible(page, 'the users page with a new user and their one-time password');
    await screenshot(page, 'access-users');
  });

  it('issues an API token, shown once, and revokes it', async () => {
    await page
      .getByLabel('Användare', { exact: true })
      .selectOption({ label: 'Nils Nilsson (nils.nilsson)' });
    await page.getByLabel('Namn på nyckeln').fill('Inläsning av huvudbok');
    await page.getByRole('button', { name: 'Utfärda nyckeln' }).click();
    const notice = page.getByRole('status').filter({ hasText: 'API-nyckel för Nils Nilsson' });
    await notice.waitFor();
    assert.match(await notice.locator('code').innerText(), /^vks_/);
    await notice.getByText('Nyckeln visas bara nu').waitFor();
    const tokens = page.getByRole('table', { name: 'Utfärdade API-nycklar' });
    await tokens
      .getByRole('row', { name: /Inläsning av huvudbok/ })
      .getByText('Giltig')
      .waitFor();
    await page
      .getByRole('button', { name: 'Återkalla nyckeln Inläsning av huvudbok för Nils Nilsson' })
      .click();
    await tokens
      .getByRole('row', { name: /Inläsning av huvudbok/ })
      .getByText(/Återkallad/)
      .waitFor();
  });

  it('signs out to the sign-in page', async () => {
    await page.getByRole('banner').getByRole('button', { name: 'Logga ut' }).click();
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/logga-in');
    assert.equal(new URL(page.url()).search, '');
    // The session is gone on the server too.
    const session = await page.evaluate(async () => (await fetch('/api/v1/access/session')).json());
    assert.equal(session.user, null);
  });

  it('makes the new user change the one-time password before anything else', async () => {
    await signIn(page, 'nils.nilsson', oneTimePassword);
    await page.getByRole('heading', { level: 1, name: 'Byt lösenord' }).waitFor();
    await page.getByText('Du måste byta lösenord innan du kan fortsätta.').waitFor();
    assert.equal(await page.getByRole('navigation', { name: /Organisation/ }).count(), 0);
    await expectAccessible(page, 'the password change a one-time password asks for');

    await page.getByLabel('Nuvarande lösenord').fill(oneTimePassword);
    await page.getByLabel('Nytt lösenord', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('Upprepa nytt lösenord').fill(`${NEW_PASSWORD}!`);
    await page.getByRole('button', { name: 'Byt lösenord och fortsätt' }).click();
    await page
      .getByRole('alert')
      .getByText('Upprepa nytt lösenord: skriv samma lösenord som i Nytt lösenord.')
      .waitFor();

    await page.getByLabel('Upprepa nytt lösenord').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Byt lösenord och fortsätt' }).click();
    await page.getByRole('banner').getByRole('link', { name: 'Mitt konto: Nils Nilsson' }).waitFor();
    await page.getByRole('navigation', { name: /Organisation/ }).waitFor();
    assert.equal(
      await page
        .getByRole('navigation', { name: 'Verktyg' })
        .getByRole('link', { name: 'Användare' })
        .count(),
      0,
      'a reporter is not offered the users page',
    );
  });

  it('shows the new user their role on Mitt konto', async () => {
    await page.getByRole('banner').getByRole('link', { name: 'Mitt konto: Nils Nilsson' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mitt konto' }).waitFor();
    const roles = page.getByRole('table', { name: 'Mina roller' });
    await roles.getByRole('rowheader', { name: 'Rapportör' }).waitFor();
    await roles.getByRole('cell', { name: 'Verksamhetsstöd och service' }).waitFor();
    await roles.getByRole('cell', { name: 'alla år' }).waitFor();
    await expectAccessible(page, 'Mitt konto');
    await screenshot(page, 'access-account');
  });

  it('shows the sign-in page again when the session has ended, remembering the page', async () => {
    await page.context().clearCookies();
    await page.getByRole('navigation', { name: 'Verktyg' }).getByRole('link', { name: 'Ekonomi' }).click();
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    assert.equal(new URL(page.url()).searchParams.get('next'), '/ekonomi');
    await signIn(page, 'nils.nilsson', NEW_PASSWORD);
    await page.waitForURL('**/ekonomi');
  });
});
