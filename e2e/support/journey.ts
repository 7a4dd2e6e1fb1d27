/**
 * The furniture every journey shares: a fresh server with the demo, a browser page that records errors, and
 * a last test asserting that the app logged none.
 */
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { type ApiSession, type AppServer, signIn, startAppServer } from './app-server.ts';
import { launchBrowser, openPage } from './browser.ts';

export interface Journey {
  readonly server: AppServer;
  readonly page: Page;
  /** The journey's user, for requests from outside the browser (what the page shows after a change). */
  readonly session: ApiSession;
}

/**
 * Call inside describe(): starts the server and browser before the tests and stops them after. The page is
 * signed in as one of the demo's users: the administrator unless the journey names another.
 */
export function useJourney(options: { as?: string } = {}): Journey {
  const errors: string[] = [];
  let server: AppServer | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  let session: ApiSession | undefined;
  before(async () => {
    const [started, launched] = await Promise.allSettled([startAppServer(), launchBrowser()]);
    if (started.status === 'rejected' || launched.status === 'rejected') {
      // Stop the one that did start, or its process keeps the test run from ever ending.
      await Promise.all([
        started.status === 'fulfilled' ? started.value.stop() : undefined,
        launched.status === 'fulfilled' ? launched.value.close() : undefined,
      ]);
      throw started.status === 'rejected' ? started.reason : (launched as PromiseRejectedResult).reason;
    }
    server = started.value;
    browser = launched.value;
    page = await openPage(browser, errors);
    session = await signIn(server.url, options.as ?? 'admin');
    await page.context().addCookies([{ ...session.cookie, url: server.url }]);
  });
  after(async () => {
    assert.deepEqual(errors, [], 'the app logged errors');
    await browser?.close();
    await server?.stop();
  });
  return {
    get server() {
      return server as AppServer;
    },
    get page() {
      return page as Page;
    },
    get session() {
      return session as ApiSession;
    },
  };
}
