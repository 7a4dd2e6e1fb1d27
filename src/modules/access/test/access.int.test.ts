/**
 * Signing in and what each role may do, through HTTP on both engines: sessions behind a signed cookie with
 * a CSRF token, the lockout, one-time passwords, API tokens, the allowed hosts and security headers, and
 * roles over a subtree (a reporter of VSS reports on VSS's units, not on KLF's).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/app-harness.ts';

let t: TestApp;
const PASSWORD = 'ett långt lösenord 1';

interface Unit {
  id: string;
  code: string;
}

async function unit(code: string, parentId: string | null, kind = 'unit'): Promise<Unit> {
  const response = await t.request<Unit>('POST', '/api/v1/organisation/units', {
    code,
    name: `Enhet ${code}`,
    kind,
    parentId,
    validFrom: '2023-01-01',
  });
  expect(response.status).toBe(201);
  return response.body;
}

let vss: Unit;
let voe: Unit;
let klf: Unit;

beforeAll(async () => {
  t = await startTestApp();
  const city = await unit('STAD', null, 'municipality');
  const ks = await unit('KS', city.id, 'executiveBoard');
  vss = await unit('VSS', ks.id, 'administration');
  klf = await unit('KLF', ks.id, 'administration');
  voe = await unit('VOE', vss.id, 'division');
  expect(
    (
      await t.request('POST', '/api/v1/planning/rounds', {
        year: 2023,
        kind: 'august',
        deadline: '2023-09-15',
      })
    ).status,
  ).toBe(201);
});

afterAll(async () => {
  await t?.close();
});

async function createUser(
  username: string,
  role: string,
  orgUnitId: string | null,
  password: string | null = PASSWORD,
) {
  const created = await t.request<{ user: { id: string }; oneTimePassword: string | null }>(
    'POST',
    '/api/v1/access/users',
    {
      username,
      name: `Användare ${username}`,
      ...(password === null ? {} : { password }),
    },
  );
  expect(created.status).toBe(201);
  expect(
    (await t.request('POST', '/api/v1/access/grants', { userId: created.body.user.id, role, orgUnitId }))
      .status,
  ).toBe(201);
  return created.body;
}

/** Signs in over HTTP; returns the cookie header and the CSRF token. */
async function signIn(username: string, password = PASSWORD) {
  const response = await t.anonymous.inject({
    method: 'POST',
    url: '/api/v1/access/sign-in',
    payload: { username, password },
  });
  const cookie = response.cookies.find((candidate) => candidate.name === 'verksam_session');
  return {
    response,
    cookie: cookie ? `${cookie.name}=${cookie.value}` : '',
    csrf: (response.json() as { csrfToken: string }).csrfToken,
    raw: cookie,
  };
}

describe('signing in', () => {
  it('opens a session behind an httpOnly, SameSite cookie that is signed, and closes it again', async () => {
    await createUser('anna', 'reader', null);
    const session = await signIn('anna');
    expect(session.response.statusCode).toBe(200);
    expect(session.raw).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const me = await t.anonymous.inject({
      method: 'GET',
      url: '/api/v1/access/session',
      headers: { cookie: session.cookie },
    });
    expect(me.json()).toMatchObject({
      user: { name: 'Användare anna', grants: [{ role: 'reader' }] },
      csrfToken: session.csrf,
    });
    // A cookie whose signature is changed opens nothing.
    const forged = session.cookie.replace(/.$/, (last) => (last === 'A' ? 'B' : 'A'));
    expect(
      (
        await t.anonymous.inject({
          method: 'GET',
          url: '/api/v1/goals/goal-areas',
          headers: { cookie: forged },
        })
      ).statusCode,
    ).toBe(401);
    expect(
      (
        await t.anonymous.inject({
          method: 'GET',
          url: '/api/v1/goals/goal-areas',
          headers: { cookie: session.cookie },
        })
      ).statusCode,
    ).toBe(200);
    const out = await t.anonymous.inject({
      method: 'POST',
      url: '/api/v1/access/sign-out',
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrf },
    });
    expect(out.statusCode).toBe(204);
    expect(
      (
        await t.anonymous.inject({
          method: 'GET',
          url: '/api/v1/goals/goal-areas',
          headers: { cookie: session.cookie },
        })
      ).statusCode,
    ).toBe(401);
  });

  it('refuses a wrong password in Swedish, and locks the account after five in a row', async () => {
    await createUser('bertil', 'reader', null);
    const wrong = await signIn('bertil', 'fel lösenord!!');
    expect(wrong.response.statusCode).toBe(401);
    expect(wrong.response.json().error.message).toBe('Fel användarnamn eller lösenord.');
    // No one by that name gets the same answer.
    expect((await signIn('ingen-alls', 'fel lösenord!!')).response.json().error.message).toBe(
      'Fel användarnamn eller lösenord.',
    );
    for (let attempt = 2; attempt <= 4; attempt += 1) {
      expect((await signIn('bertil', 'fel lösenord!!')).response.statusCode).toBe(401);
    }
    const fifth = await signIn('bertil', 'fel lösenord!!');
    expect(fifth.response.statusCode).toBe(429);
    expect(fifth.response.json().error.code).toBe('access.locked');
    // Locked even to the right password.
    expect((await signIn('bertil')).response.statusCode).toBe(429);
  });

  it('refuses a change sent with the session cookie but without its CSRF token', async () => {
    await createUser('cecilia', 'centralController', null);
    const session = await signIn('cecilia');
    const body = { code: 'CSRF', name: 'Ny', kind: 'unit', parentId: vss.id, validFrom: '2023-01-01' };
    const without = await t.anonymous.inject({
      method: 'POST',
      url: '/api/v1/organisation/units',
      headers: { cookie: session.cookie },
      payload: body,
    });
    expect(without.statusCode).toBe(403);
    expect(without.json().error.code).toBe('access.csrf');
    const withToken = await t.anonymous.inject({
      method: 'POST',
      url: '/api/v1/organisation/units',
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrf },
      payload: body,
    });
    expect(withToken.statusCode).toBe(201);
  });

  it('lets a one-time password do nothing but be changed', async () => {
    const created = await createUser('david', 'controller', vss.id, null);
    expect(created.oneTimePassword).toMatch(/^[a-zA-Z2-9]{20}$/);
    const session = await signIn('david', created.oneTimePassword ?? '');
    expect(session.response.json().user.mustChangePassword).toBe(true);
    const headers = { cookie: session.cookie, 'x-csrf-token': session.csrf };
    expect(
      (await t.anonymous.inject({ method: 'GET', url: '/api/v1/goals/goal-areas', headers })).statusCode,
    ).toBe(403);
    const short = await t.anonymous.inject({
      method: 'POST',
      url: '/api/v1/access/password',
      headers,
      payload: { currentPassword: created.oneTimePassword, newPassword: 'kort' },
    });
    expect(short.statusCode).toBe(422);
    expect(short.json().error.message).toBe('Lösenordet måste ha minst 12 tecken.');
    const changed = await t.anonymous.inject({
      method: 'POST',
      url: '/api/v1/access/password',
      headers,
      payload: { currentPassword: created.oneTimePassword, newPassword: PASSWORD },
    });
    expect(changed.statusCode).toBe(204);
    expect(
      (await t.anonymous.inject({ method: 'GET', url: '/api/v1/goals/goal-areas', headers })).statusCode,
    ).toBe(200);
  });

  it('signs a user in with a personal API token until an administrator revokes it', async () => {
    const { user } = await createUser('erik', 'reader', null);
    const issued = await t.request<{ id: string; token: string }>('POST', '/api/v1/access/tokens', {
      userId: user.id,
      name: 'Nattlig inläsning',
    });
    expect(issued.body.token).toMatch(/^vks_/);
    const headers = { authorization: `Bearer ${issued.body.token}` };
    expect(
      (await t.anonymous.inject({ method: 'GET', url: '/api/v1/goals/goal-areas', headers })).statusCode,
    ).toBe(200);
    const listed = await t.request<{ id: string; name: string }[]>(
      'GET',
      `/api/v1/access/tokens?userId=${user.id}`,
    );
    expect(JSON.stringify(listed.body)).not.toContain(issued.body.token);
    expect((await t.request('POST', `/api/v1/access/tokens/${issued.body.id}/revoke`)).status).toBe(204);
    expect(
      (await t.anonymous.inject({ method: 'GET', url: '/api/v1/goals/goal-areas', headers })).statusCode,
    ).toBe(401);
  });
});

describe('kept credentials', () => {
  // Verified sessions and tokens are kept between requests until the data's revision moves; each of these
  // doors must close on the very next request although the credential was just used (and so is kept).
  it('close at once when a grant is withdrawn, a user signed out, reset, or deactivated', async () => {
    const created = await t.request<{ user: { id: string; version: number } }>(
      'POST',
      '/api/v1/access/users',
      {
        username: 'fanny',
        name: 'Fanny Kept',
        password: PASSWORD,
      },
    );
    const userId = created.body.user.id;
    const grant = await t.request<{ id: string; version: number }>('POST', '/api/v1/access/grants', {
      userId,
      role: 'reader',
      orgUnitId: null,
    });
    const issued = await t.request<{ token: string }>('POST', '/api/v1/access/tokens', {
      userId,
      name: 'Jobb',
    });
    const byToken = { authorization: `Bearer ${issued.body.token}` };
    const read = async (headers: Record<string, string>) =>
      (await t.anonymous.inject({ method: 'GET', url: '/api/v1/goals/goal-areas', headers })).statusCode;

    const first = await signIn('fanny');
    const second = await signIn('fanny');
    expect([
      await read(byToken),
      await read({ cookie: first.cookie }),
      await read({ cookie: second.cookie }),
    ]).toEqual([200, 200, 200]);

    expect(
      (await t.request('DELETE', `/api/v1/access/grants/${grant.body.id}?version=${grant.body.version}`))
        .status,
    ).toBe(204);
    expect([await read(byToken), await read({ cookie: first.cookie })]).toEqual([403, 403]);
    await t.request('POST', '/api/v1/access/grants', { userId, role: 'reader', orgUnitId: null });
    expect([await read(byToken), await read({ cookie: first.cookie })]).toEqual([200, 200]);

    // The user signs out everywhere from one device: the other device's kept session ends too.
    const everywhere = await t.anonymous.inject({
      method: 'POST',
      url: '/api/v1/access/sign-out-everywhere',
      headers: { cookie: first.cookie, 'x-csrf-token': first.csrf },
    });
    expect(everywhere.statusCode).toBe(204);
    expect([await read({ cookie: first.cookie }), await read({ cookie: second.cookie })]).toEqual([401, 401]);

    const third = await signIn('fanny');
    expect(await read({ cookie: third.cookie })).toBe(200);
    expect((await t.request('POST', `/api/v1/access/users/${userId}/sign-out`)).status).toBe(200);
    expect(await read({ cookie: third.cookie })).toBe(401);

    const fourth = await signIn('fanny');
    expect(await read({ cookie: fourth.cookie })).toBe(200);
    expect((await t.request('POST', `/api/v1/access/users/${userId}/password-reset`)).status).toBe(200);
    expect(await read({ cookie: fourth.cookie })).toBe(401);

    expect(await read(byToken)).toBe(200);
    const user = await t.request<{ version: number }[]>('GET', '/api/v1/access/users');
    const version = (user.body as unknown as { id: string; version: number }[]).find(
      (u) => u.id === userId,
    )?.version;
    expect(
      (await t.request('PUT', `/api/v1/access/users/${userId}`, { active: false, version })).status,
    ).toBe(200);
    expect(await read(byToken)).toBe(401);
  });
});

describe('the server itself', () => {
  it('answers only its own host names, and sends security headers with a strict policy', async () => {
    const rebound = await t.inject({
      method: 'GET',
      url: '/api/v1/access/session',
      headers: { host: 'evil.example:80' },
    });
    expect(rebound.statusCode).toBe(421);
    expect(rebound.json().message).toContain('VERKSAM_ALLOWED_HOSTS');
    const answer = await t.inject({ method: 'GET', url: '/api/v1/access/session' });
    expect(answer.headers['content-security-policy']).toContain("script-src 'self'");
    expect(answer.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
  });

  it('never keeps a secret for an Idempotency-Key replay', async () => {
    const headers = { 'idempotency-key': 'new-user-once' };
    const first = await t.inject({
      method: 'POST',
      url: '/api/v1/access/users',
      headers,
      payload: { username: 'fredrik', name: 'F' },
    });
    expect(first.statusCode).toBe(201);
    const rows = await t.database.db
      .selectFrom('idempotency_key' as never)
      .selectAll()
      .execute();
    expect(JSON.stringify(rows)).not.toContain(first.json().oneTimePassword);
  });
});

describe('roles over a subtree', () => {
  let indicatorOf: Record<string, string>;
  let roundId: string;

  beforeAll(async () => {
    indicatorOf = {};
    for (const owner of [voe, klf]) {
      const goal = await t.request<{ id: string }>('POST', '/api/v1/goals/goals', {
        orgUnitId: owner.id,
        name: `Mål ${owner.code}`,
        validFromYear: 2023,
      });
      const indicator = await t.request<{ id: string }>('POST', '/api/v1/goals/indicators', {
        goalId: goal.body.id,
        name: `Indikator ${owner.code}`,
      });
      indicatorOf[owner.code] = indicator.body.id;
    }
    const rounds = await t.request<{ id: string }[]>('GET', '/api/v1/planning/rounds?year=2023');
    roundId = rounds.body[0]?.id ?? '';
  });

  const outcome = (indicatorId: string) => ({
    indicatorId,
    reportingRoundId: roundId,
    year: 2023,
    total: '4,5',
  });

  it('lets a reporter of VSS report on a unit under VSS, but not on KLF, nor plan', async () => {
    const reporter = await t.as('reporter', vss.id);
    expect(
      (await reporter.request('POST', '/api/v1/goals/outcomes', outcome(indicatorOf.VOE ?? ''))).status,
    ).toBe(201);
    const sibling = await reporter.request<{ error: { message: string } }>(
      'POST',
      '/api/v1/goals/outcomes',
      outcome(indicatorOf.KLF ?? ''),
    );
    expect(sibling.status).toBe(403);
    expect(sibling.body.error.message).toBe('Du har inte behörighet att göra detta.');
    expect(
      (
        await reporter.request('POST', '/api/v1/goals/goals', {
          orgUnitId: voe.id,
          name: 'Eget mål',
          validFromYear: 2023,
        })
      ).status,
    ).toBe(403);
  });

  it('lets a controller of VSS plan under VSS, a role limited to 2024 not report 2023, and only an administrator see users', async () => {
    const controller = await t.as('controller', vss.id);
    expect(
      (
        await controller.request('POST', '/api/v1/goals/goals', {
          orgUnitId: voe.id,
          name: 'Planerat mål',
          validFromYear: 2023,
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await controller.request('POST', '/api/v1/goals/goals', {
          orgUnitId: klf.id,
          name: 'Annans mål',
          validFromYear: 2023,
        })
      ).status,
    ).toBe(403);
    expect((await controller.request('GET', '/api/v1/access/users')).status).toBe(403);
    const later = await t.asUser('Rapportör 2024', [
      { role: 'reporter', orgUnitId: vss.id, fromYear: 2024, toYear: null },
    ]);
    expect(
      (
        await later.request('POST', '/api/v1/goals/outcomes', {
          ...outcome(indicatorOf.VOE ?? ''),
          total: '5',
        })
      ).status,
    ).toBe(403);
  });
});
