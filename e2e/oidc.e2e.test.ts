/**
 * Journey: signing in through the municipality's identity provider. Verksam runs with VERKSAM_OIDC_* set
 * to a local OpenID Connect provider (oidc-provider with its development login and consent pages); the
 * sign-in page offers the provider's button above the password form; a click leads to the provider, whose
 * login and consent are filled in, and back into Verksam signed in as a new user, who is told on Mitt
 * konto that they have no roles yet. Given a role, they sign in again – from a page that needed it – as
 * the same user, and go on to that page; the administrator sees that they sign in through the provider. A
 * sign-in that comes back with an error is explained on the sign-in page.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { startTestIdp, TEST_CLIENT, type TestIdp } from '../src/modules/access/test/test-idp.ts';
import { type AppServer, DEMO_PASSWORD, signIn, startAppServer } from './support/app-server.ts';
import { expectAccessible, launchBrowser, openPage, screenshot } from './support/browser.ts';

const BUTTON = 'Logga in med kommunens konto';

describe('signing in through the identity provider', () => {
  const errors: string[] = [];
  let idp: TestIdp;
  let server: AppServer;
  let browser: Browser;
  let page: Page;
  let callback = '';

  before(async () => {
    idp = await startTestIdp(() => callback, {
      'anna.andersson': { name: 'Anna Andersson', email: 'anna.andersson@kommun.test' },
    });
    const [started, launched] = await Promise.allSettled([
      startAppServer(undefined, (port) => {
        callback = `http://127.0.0.1:${port}/api/v1/access/oidc/callback`;
        return {
          VERKSAM_OIDC_ISSUER: idp.issuer,
          VERKSAM_OIDC_CLIENT_ID: TEST_CLIENT.id,
          VERKSAM_OIDC_CLIENT_SECRET: TEST_CLIENT.secret,
          VERKSAM_OIDC_REDIRECT_URL: callback,
        };
      }),
      launchBrowser(),
    ]);
    if (started.status === 'rejected' || launched.status === 'rejected') {
      await Promise.all([
        started.status === 'fulfilled' ? started.value.stop() : undefined,
        launched.status === 'fulfilled' ? launched.value.close() : undefined,
        idp.close(),
      ]);
      throw started.status === 'rejected' ? started.reason : (launched as PromiseRejectedResult).reason;
    }
    server = started.value;
    browser = launched.value;
    page = await openPage(browser, errors);
    // The provider's development pages ask for a web font; the test has no Internet.
    await page
      .context()
      .route(/fonts\.googleapis\.com/, (route) =>
        route.fulfill({ status: 200, contentType: 'text/css', body: '' }),
      );
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    await idp?.close();
    assert.deepEqual(errors, [], 'the app logged errors');
  });

  /** At the provider: its development login (any login works) and, the first time, its consent. */
  async function atProvider(login: string): Promise<void> {
    await page.waitForURL((url) => url.origin === idp.issuer);
    await page.locator('input[name="login"]').fill(login);
    await page.locator('input[name="password"]').fill('vad som helst');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    const consent = page.getByRole('button', { name: 'Continue' });
    await page.waitForURL((url) => url.origin === idp.issuer && url.pathname.startsWith('/interaction/'));
    await consent.click();
  }

  it('offers the provider’s button above the password form', async () => {
    await page.goto(`${server.url}/logga-in`);
    const button = page.getByRole('link', { name: BUTTON });
    await button.waitFor();
    assert.equal(await button.getAttribute('href'), '/api/v1/access/oidc/start');
    const username = page.getByLabel('Användarnamn');
    const [buttonBox, fieldBox] = await Promise.all([button.boundingBox(), username.boundingBox()]);
    assert.ok(buttonBox && fieldBox && buttonBox.y < fieldBox.y, 'the button comes before the password form');
    await page.getByText('Eller logga in med användarnamn och lösenord:').waitFor();
    await expectAccessible(page, 'the sign-in page with the provider’s button');
    await screenshot(page, 'oidc-sign-in');
  });

  it('signs in through the provider as a new user, who is told they have no roles yet', async () => {
    await page.getByRole('link', { name: BUTTON }).click();
    await atProvider('anna.andersson');
    await page.waitForURL((url) => url.origin === server.url && url.pathname === '/konto');
    await page.getByRole('banner').getByRole('link', { name: 'Mitt konto: Anna Andersson' }).waitFor();
    await page.getByText('Du har inga roller ännu. Be en administratör att ge dig en roll.').waitFor();
    await expectAccessible(page, 'Mitt konto of a user without roles');
    await screenshot(page, 'oidc-signed-in');
  });

  it('finds the same user at the next sign-in, and goes on to the page that needed it', async () => {
    const admin = await signIn(server.url, 'admin');
    const annas = async () =>
      (
        (await (await admin.api('/api/v1/access/users')).json()) as {
          id: string;
          name: string;
          signsInWithIdp: boolean;
        }[]
      ).filter((user) => user.name === 'Anna Andersson');
    const [anna] = await annas();
    assert.ok(anna?.signsInWithIdp, 'the new user signs in through the provider');
    const granted = await admin.api('/api/v1/access/grants', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: anna.id, role: 'reader', orgUnitId: null }),
    });
    assert.equal(granted.status, 201);

    await page.getByRole('banner').getByRole('button', { name: 'Logga ut' }).click();
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    await page.goto(`${server.url}/anvandare`);
    await page.waitForURL(
      (url) => url.pathname === '/logga-in' && url.searchParams.get('next') === '/anvandare',
    );
    const button = page.getByRole('link', { name: BUTTON });
    assert.equal(await button.getAttribute('href'), '/api/v1/access/oidc/start?next=%2Fanvandare');
    await button.click();
    // The provider remembers the person and their consent: it sends the browser straight back.
    await page.waitForURL((url) => url.origin === server.url && url.pathname === '/anvandare');
    await page.getByRole('heading', { level: 1, name: 'Användare' }).waitFor();
    await page.getByRole('banner').getByRole('link', { name: 'Mitt konto: Anna Andersson' }).waitFor();
    assert.equal((await annas()).length, 1, 'one user, found again by the provider’s subject');
  });

  it('shows an administrator who signs in through the provider', async () => {
    const context = await browser.newContext({
      viewport: { width: 1366, height: 900 },
      locale: 'sv-SE',
      bypassCSP: true,
    });
    const admin = await context.newPage();
    admin.on('pageerror', (error) => errors.push(String(error)));
    await admin.goto(`${server.url}/logga-in`);
    await admin.getByLabel('Användarnamn').fill('admin');
    await admin.getByLabel('Lösenord', { exact: true }).fill(DEMO_PASSWORD);
    await admin.getByRole('button', { name: 'Logga in' }).click();
    await admin.getByRole('banner').getByRole('link', { name: 'Användare' }).click();
    await admin.getByRole('button', { name: 'Hantera Anna Andersson' }).click();
    await admin.getByText('Anna Andersson loggar in via kommunens identitetsleverantör.').waitFor();
    await expectAccessible(admin, 'a user who signs in through the provider');
    await screenshot(admin, 'oidc-user-panel');
    await context.close();
  });

  it('explains on the sign-in page a sign-in that the provider did not finish', async () => {
    await page.getByRole('banner').getByRole('button', { name: 'Logga ut' }).click();
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    await page.goto(`${server.url}/api/v1/access/oidc/callback?error=access_denied&state=x`);
    await page.waitForURL((url) => url.pathname === '/logga-in');
    assert.equal(new URL(page.url()).searchParams.get('fel'), 'oidc-avbruten');
    await page
      .getByRole('alert')
      .filter({ hasText: 'Inloggningen avbröts hos identitetsleverantören. Försök igen.' })
      .waitFor();
    await expectAccessible(page, 'the sign-in page with the provider’s error');
    await screenshot(page, 'oidc-sign-in-error');
  });
});
