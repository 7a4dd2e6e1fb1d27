import { describe, expect, it } from 'vitest';
import { type IdpCandidate, matchIdpUser, safeNextPath, usernameCandidates } from './sign-in.ts';

describe('safeNextPath', () => {
  it('keeps a path on this site, with its query and fragment', () => {
    expect(safeNextPath('/2023/VSS')).toBe('/2023/VSS');
    expect(safeNextPath('/anvandare?flik=2#roller')).toBe('/anvandare?flik=2#roller');
    expect(safeNextPath('/a/../b')).toBe('/b');
  });

  it('never leads to another site', () => {
    for (const next of [
      'https://evil.example/',
      '//evil.example/x',
      '/\\evil.example',
      '\\\\evil.example',
      '/\t/evil.example',
      'javascript:alert(1)',
      'evil.example',
      '',
      null,
      undefined,
    ]) {
      expect(safeNextPath(next), String(next)).toBe('/');
    }
  });

  it('does not go back to the pages it is told to avoid', () => {
    expect(safeNextPath('/logga-in?next=/x', ['/logga-in'])).toBe('/');
    expect(safeNextPath('/konto', ['/logga-in'])).toBe('/konto');
  });
});

describe('matchIdpUser', () => {
  const user = (id: string, active = true, hasSubject = false): IdpCandidate => ({ id, active, hasSubject });

  it('finds the user by the subject first, whatever the e-mail says', () => {
    expect(matchIdpUser(user('a', true, true), [user('b')], true)).toEqual({
      kind: 'user',
      userId: 'a',
      link: false,
    });
  });

  it('links the one user with the e-mail who does not sign in through the provider yet', () => {
    expect(matchIdpUser(null, [user('b')], null)).toEqual({ kind: 'user', userId: 'b', link: true });
    expect(matchIdpUser(null, [user('b', true, true), user('c')], true)).toEqual({
      kind: 'user',
      userId: 'c',
      link: true,
    });
  });

  it('creates a new user when no one matches, the address is unverified, or the match is ambiguous', () => {
    expect(matchIdpUser(null, [], true)).toEqual({ kind: 'create' });
    expect(matchIdpUser(null, [user('b')], false)).toEqual({ kind: 'create' });
    expect(matchIdpUser(null, [user('b', true, true)], true)).toEqual({ kind: 'create' });
    expect(matchIdpUser(null, [user('b'), user('c')], true)).toEqual({ kind: 'create' });
  });

  it('refuses a deactivated user, rather than making a new one beside them', () => {
    expect(matchIdpUser(user('a', false, true), [], true)).toEqual({ kind: 'inactive' });
    expect(matchIdpUser(null, [user('b', false)], true)).toEqual({ kind: 'inactive' });
  });
});

describe('usernameCandidates', () => {
  it('offers the preferred user name, the e-mail and the subject, then each with a number', () => {
    const names = usernameCandidates({
      subject: 'AbC_123',
      email: 'Åsa.Öberg@Kommun.se',
      preferredUsername: 'Åsa Öberg',
    });
    expect(names.slice(0, 3)).toEqual(['asa-oberg', 'asa.oberg@kommun.se', 'oidc-abc_123']);
    expect(names).toContain('asa-oberg-2');
    expect(names).toHaveLength(27);
    for (const name of names) {
      expect(name).toMatch(/^[a-z0-9._@-]{2,100}$/);
    }
  });

  it('skips what cannot be a sign-in name, and repeats nothing', () => {
    expect(
      usernameCandidates({
        subject: 'x'.repeat(200),
        email: 'anna@kommun.se',
        preferredUsername: 'anna@kommun.se',
      })
        .slice(0, 2)
        .map((name) => name.length),
    ).toEqual([14, 96]);
    expect(usernameCandidates({ subject: 's1', email: null, preferredUsername: '!' })[0]).toBe('oidc-s1');
  });
});
