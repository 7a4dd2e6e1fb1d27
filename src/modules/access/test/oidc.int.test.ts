/**
 * Signing in through an identity provider over OpenID Connect, against a real one (oidc-provider in this
 * process) with its login and consent forms filled in over HTTP: the redirect with PKCE, state and nonce,
 * the callback that finds, links or creates the user and opens a session, and every refusal – no provider,
 * a callback this browser did not start, a forged cookie, a cancelled or refused sign-in, a deactivated
 * user, a provider that cannot be reached – ending on the sign-in page with its code.
 */
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../../test/db-engines.ts';
import { createApp, migrate, systemContext } from '../../../app.ts';
import type { ApiApp } from '../../../platform/http/create-app.ts';
import { createOidcClient } from '../../../platform/oidc.ts';
import { OIDC_COOKIE, SESSION_COOKIE } from '../http-auth.ts';
import { createGrant, createUser, getUser, listUsers, updateUser } from '../user-service.ts';
import { startTestIdp, TEST_CLIENT, type TestIdp } from './test-idp.ts';

const CALLBACK = 'https://verksam.kommun.test/api/v1/access/oidc/callback';
const LABEL = 'Logga in med Testkommunens konto';

let database: TestDatabase;
let idp: TestIdp;
let app: ApiApp;
let plain: ApiApp;
let unreachable: ApiApp;

beforeAll(async () => {
  [database, idp] = await Promise.all([
    openTestDatabase(),
    startTestIdp(CALLBACK, {
      anna: { name: 'Anna Andersson', email: 'anna.andersson@kommun.test' },
      berit: { name: 'Berit Berg', email: 'Berit.Berg@kommun.test' },
      cecilia: { name: 'Cecilia Ek', email: 'cecilia.ek@kommun.test', emailVerified: false },
    }),
  ]);
  await migrate(database.db);
  const settings = {
    issuer: idp.issuer,
    clientId: TEST_CLIENT.id,
    clientSecret: TEST_CLIENT.secret,
    redirectUrl: CALLBACK,
    label: LABEL,
    allowInsecureRequests: true,
  };
  app = await createApp(database.db, {
    checkResponses: true,
    runJobs: false,
    oidc: createOidcClient(settings),
  });
  plain = await createApp(database.db, { checkResponses: true, runJobs: false });
  unreachable = await createApp(database.db, {
    checkResponses: true,
    runJobs: false,
    // A port nothing listens on: discovery fails.
    oidc: createOidcClient({ ...settings, issuer: 'http://127.0.0.1:9' }),
  });
});

afterAll(async () => {
  await Promise.all([app?.close(), plain?.close(), unreachable?.close()]);
  await idp?.close();
  await database?.close();
});

function cookieOf(response: LightMyRequestResponse, name: string): string | undefined {
  return (response.cookies as { name: string; value: string }[]).find((cookie) => cookie.name === name)
    ?.value;
}

/** A browser at the provider: follows its redirects, keeps its cookies, fills in its forms. */
async function atProvider(authorizationUrl: string, login: string, { abort = false } = {}): Promise<URL> {
  const jar = new Map<string, string>();
  let url = authorizationUrl;
  let method = 'GET';
  let body: string | undefined;
  for (let step = 0; step < 12; step += 1) {
    const response = await fetch(url, {
      method,
      redirect: 'manual',
      headers: {
        cookie: [...jar].map(([name, value]) => `${name}=${value}`).join('; '),
        ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      ...(body ? { body } : {}),
    });
    for (const header of response.headers.getSetCookie()) {
      const [pair = ''] = header.split(';');
      const at = pair.indexOf('=');
      jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
    const location = response.headers.get('location');
    if (location !== null) {
      const next = new URL(location, url);
      if (next.href.startsWith(CALLBACK)) {
        return next;
      }
      url = next.href;
      method = 'GET';
      body = undefined;
      continue;
    }
    const page = await response.text();
    expect(response.status, page).toBe(200);
    const action = /<form[^>]*action="([^"]+)"/.exec(page)?.[1];
    const prompt = /name="prompt" value="([^"]+)"/.exec(page)?.[1];
    if (!action || !prompt) {
      throw new Error(`No form at ${url}: ${page.slice(0, 300)}`);
    }
    if (abort) {
      url = new URL(`${action}/abort`, url).href;
      method = 'GET';
      body = undefined;
      continue;
    }
    url = new URL(action, url).href;
    method = 'POST';
    body = new URLSearchParams(
      prompt === 'login' ? { prompt, login, password: 'vad som helst' } : { prompt },
    ).toString();
  }
  throw new Error('The provider did not send the browser back');
}

interface SignedIn {
  readonly location: string;
  readonly session: string | undefined;
}

/** Start → the provider → callback, as a browser would; what the callback answered. */
async function signInThroughProvider(
  login: string,
  options: { next?: string; abort?: boolean; tamper?: (started: string) => string } = {},
): Promise<SignedIn> {
  const start = await app.inject({
    method: 'GET',
    url: `/api/v1/access/oidc/start${options.next ? `?next=${encodeURIComponent(options.next)}` : ''}`,
  });
  expect(start.statusCode).toBe(303);
  const started = cookieOf(start, OIDC_COOKIE);
  expect(started).toBeDefined();
  const back = await atProvider(start.headers.location as string, login, { abort: options.abort ?? false });
  const callback = await app.inject({
    method: 'GET',
    url: `/api/v1/access/oidc/callback${back.search}`,
    cookies: { [OIDC_COOKIE]: options.tamper ? options.tamper(started as string) : (started as string) },
  });
  expect(callback.statusCode).toBe(303);
  return { location: callback.headers.location as string, session: cookieOf(callback, SESSION_COOKIE) };
}

async function sessionOf(cookie: string | undefined) {
  const response = await app.inject({
    method: 'GET',
    url: '/api/v1/access/session',
    cookies: { [SESSION_COOKIE]: cookie ?? '' },
  });
  return response.json() as {
    user: { id: string; name: string; grants: unknown[]; mustChangePassword: boolean } | null;
  };
}

describe('the sign-in page', () => {
  it('offers the provider’s button when one is configured, and not otherwise', async () => {
    const withProvider = await app.inject({ method: 'GET', url: '/api/v1/access/sign-in-info' });
    expect(withProvider.json().oidc).toEqual({ label: LABEL });
    const without = await plain.inject({ method: 'GET', url: '/api/v1/access/sign-in-info' });
    expect(without.json().oidc).toBeNull();
  });
});

describe('signing in through the provider', () => {
  it('sends the browser to the provider with PKCE (S256), state and nonce, and keeps them in a signed cookie', async () => {
    const start = await app.inject({ method: 'GET', url: '/api/v1/access/oidc/start?next=/2023/VSS' });
    expect(start.statusCode).toBe(303);
    const target = new URL(start.headers.location as string);
    expect(target.origin).toBe(idp.issuer);
    expect(Object.fromEntries(target.searchParams)).toMatchObject({
      client_id: TEST_CLIENT.id,
      redirect_uri: CALLBACK,
      response_type: 'code',
      scope: 'openid profile email',
      code_challenge_method: 'S256',
    });
    expect(target.searchParams.get('state')).toMatch(/^[\w-]{40,}$/);
    expect(target.searchParams.get('nonce')).toMatch(/^[\w-]{40,}$/);
    const cookie = (
      start.cookies as { name: string; path?: string; httpOnly?: boolean; sameSite?: string }[]
    ).find((c) => c.name === OIDC_COOKIE);
    expect(cookie).toMatchObject({ path: '/api/v1/access/oidc', httpOnly: true, sameSite: 'Lax' });
  });

  it('creates a user without roles at the first sign-in, and finds the same user at the next', async () => {
    const first = await signInThroughProvider('anna', { next: '/2023/VSS?flik=mal' });
    // Without roles there is nothing to see there: Mitt konto says why.
    expect(first.location).toBe('/konto');
    const session = await sessionOf(first.session);
    expect(session.user).toMatchObject({ name: 'Anna Andersson', grants: [], mustChangePassword: false });
    const users = (await listUsers({ db: database.db })).filter((user) => user.name === 'Anna Andersson');
    expect(users).toHaveLength(1);
    expect(users[0]).toMatchObject({
      username: 'anna',
      email: 'anna.andersson@kommun.test',
      signsInWithIdp: true,
      hasPassword: false,
      grants: [],
    });

    // An administrator gives her a role; the next sign-in is the same user, and goes where she asked.
    await createGrant(systemContext(database.db), {
      userId: session.user?.id as string,
      role: 'reader',
      orgUnitId: null,
      fromYear: null,
      toYear: null,
    });
    const second = await signInThroughProvider('anna', { next: '/2023/VSS?flik=mal' });
    expect(second.location).toBe('/2023/VSS?flik=mal');
    expect((await sessionOf(second.session)).user).toMatchObject({
      id: session.user?.id,
      grants: [{ role: 'reader' }],
    });
    expect(
      (await listUsers({ db: database.db })).filter((user) => user.name === 'Anna Andersson'),
    ).toHaveLength(1);
  });

  it('links the user an administrator made with the same e-mail, past a one-time password', async () => {
    const system = systemContext(database.db);
    const { user } = await createUser(system, {
      username: 'berit.b',
      name: 'Berit Berg',
      email: 'berit.berg@kommun.test',
      active: true,
    });
    const signedIn = await signInThroughProvider('berit');
    const session = await sessionOf(signedIn.session);
    expect(session.user).toMatchObject({ id: user.id, mustChangePassword: false });
    const listed = (await listUsers({ db: database.db })).find((each) => each.id === user.id);
    expect(listed).toMatchObject({ signsInWithIdp: true, hasPassword: true });
  });

  it('does not link by an e-mail address the provider says is unverified', async () => {
    const system = systemContext(database.db);
    const { user } = await createUser(system, {
      username: 'cecilia',
      name: 'Cecilia Ek (lokal)',
      email: 'cecilia.ek@kommun.test',
      active: true,
      password: 'ett långt lösenord 1',
    });
    const session = await sessionOf((await signInThroughProvider('cecilia')).session);
    expect(session.user?.id).not.toBe(user.id);
    const created = await getUser({ db: database.db }, session.user?.id as string);
    // The sign-in name "cecilia" was taken; the address stays with the user who had it.
    expect(created).toMatchObject({ name: 'Cecilia Ek', email: null });
    expect(created.username).not.toBe('cecilia');
  });

  it('signs in a person the provider knows only by a subject', async () => {
    const session = await sessionOf((await signInThroughProvider('okand-person')).session);
    expect(session.user?.name).toBe('oidc-okand-person');
  });

  it('never sends the browser to another site after signing in', async () => {
    expect((await signInThroughProvider('anna', { next: '//evil.example/x' })).location).toBe('/');
    expect((await signInThroughProvider('anna', { next: 'https://evil.example/' })).location).toBe('/');
  });
});

describe('refusals, each ending on the sign-in page with its code', () => {
  it('says when no provider is configured', async () => {
    const start = await plain.inject({ method: 'GET', url: '/api/v1/access/oidc/start' });
    expect(start.statusCode).toBe(303);
    expect(start.headers.location).toBe('/logga-in?fel=oidc-saknas');
    const callback = await plain.inject({
      method: 'GET',
      url: '/api/v1/access/oidc/callback?code=x&state=y',
    });
    expect(callback.headers.location).toBe('/logga-in?fel=oidc-saknas');
  });

  it('refuses a callback this browser did not start, with a wrong state, or with a forged cookie', async () => {
    const noCookie = await app.inject({ method: 'GET', url: '/api/v1/access/oidc/callback?code=x&state=y' });
    expect(noCookie.statusCode).toBe(303);
    expect(noCookie.headers.location).toBe('/logga-in?fel=oidc-ogiltig');
    expect(cookieOf(noCookie, SESSION_COOKIE)).toBeUndefined();

    const start = await app.inject({ method: 'GET', url: '/api/v1/access/oidc/start' });
    const started = cookieOf(start, OIDC_COOKIE) as string;
    const wrongState = await app.inject({
      method: 'GET',
      url: '/api/v1/access/oidc/callback?code=x&state=inte-samma',
      cookies: { [OIDC_COOKIE]: started },
    });
    expect(wrongState.headers.location).toBe('/logga-in?fel=oidc-ogiltig');

    const forged = await signInThroughProvider('anna', {
      tamper: (value) => value.replace(/\.[^.]+$/, '.förfalskad'),
    });
    expect(forged).toEqual({ location: '/logga-in?fel=oidc-ogiltig', session: undefined });
  });

  it('says when the user cancelled at the provider, or the provider refused', async () => {
    expect(await signInThroughProvider('anna', { abort: true })).toEqual({
      location: '/logga-in?fel=oidc-avbruten',
      session: undefined,
    });
    const refused = await app.inject({
      method: 'GET',
      url: '/api/v1/access/oidc/callback?error=server_error&error_description=Trasigt',
    });
    expect(refused.headers.location).toBe('/logga-in?fel=oidc-nekad');
  });

  it('refuses a deactivated user', async () => {
    const anna = (await listUsers({ db: database.db })).find((user) => user.name === 'Anna Andersson');
    if (!anna) {
      throw new Error('Anna signed in before');
    }
    await updateUser(systemContext(database.db), anna.id, { active: false, version: anna.version });
    expect(await signInThroughProvider('anna')).toEqual({
      location: '/logga-in?fel=oidc-inaktiv',
      session: undefined,
    });
  });

  it('says when the provider cannot be reached', async () => {
    const start = await unreachable.inject({ method: 'GET', url: '/api/v1/access/oidc/start' });
    expect(start.statusCode).toBe(303);
    expect(start.headers.location).toBe('/logga-in?fel=oidc-misslyckades');
  });

  it('answers hostile input with the one Swedish error format', async () => {
    const bad = await app.inject({ method: 'GET', url: '/api/v1/access/oidc/callback?code=%00' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/styrtecken/);
    const badName = await app.inject({ method: 'GET', url: '/api/v1/access/oidc/callback?ok%C3%A4nd%00=x' });
    expect(badName.statusCode).toBe(400);
    // Parameters a provider adds beside the standard ones are let through.
    const extra = await app.inject({
      method: 'GET',
      url: '/api/v1/access/oidc/callback?code=x&client_info=abc',
    });
    expect(extra.statusCode).toBe(303);
  });
});
